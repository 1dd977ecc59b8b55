/**
 * Timing of a function run again and again, for the Node benchmarks: wall and CPU time per run.
 * @module
 */
import { median, quantile } from 'simple-statistics';

/** Milliseconds, rounded to two decimals. */
export interface Timing {
  medianMs: number;
  p90Ms: number;
  minMs: number;
  cpuMedianMs: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Wall and CPU time of `fn(k)` over `runs` runs after `warmup` untimed ones (k counts every call,
 * so a run can vary its input with k).
 *
 * @example
 * timeRuns(() => 1 + 1, 3, 1).minMs >= 0; // => true
 */
export function timeRuns(fn: (k: number) => unknown, runs: number, warmup: number): Timing {
  for (let k = 0; k < warmup; k++) fn(k);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = warmup; k < warmup + runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(k);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return {
    medianMs: round2(median(wall)),
    p90Ms: round2(quantile(wall, 0.9)),
    minMs: round2(Math.min(...wall)),
    cpuMedianMs: round2(median(cpu)),
  };
}
