/**
 * CPU time of the Chromium processes a browser benchmark started (read from /proc), for the
 * viewer benchmarks: on a shared machine their wall times follow the load, the CPU time much less.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by this process's chromium descendants (browser, GPU process with
 * SwiftShader, renderer with its workers), from /proc; null where /proc is missing. On a shared
 * machine the wall times depend on the load, the CPU time much less.
 */
export function chromiumCpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const close = st.lastIndexOf(')');
      if (!/chrom/.test(st.slice(st.indexOf('(') + 1, close))) continue;
      const f = st.slice(close + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      cpu.set(Number(d), (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // the process ended meanwhile
    }
  }
  // A chromium process is ours when its chain of chromium parents starts at this process.
  const ours = (pid: number): boolean => {
    let p = parent.get(pid);
    while (p !== undefined && p !== process.pid) p = parent.get(p);
    return p === process.pid;
  };
  let sum = 0;
  for (const [pid, s] of cpu) if (ours(pid)) sum += s;
  return Math.round(sum * 100) / 100;
}

/** Seconds between two readings of {@link chromiumCpuSeconds}, or null when either is missing. */
export const cpuDelta = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.round((b - a) * 100) / 100;
