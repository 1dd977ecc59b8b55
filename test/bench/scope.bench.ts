/**
 * Benchmark of ranking within each kabupaten (`scope: { by: kabupaten }`) against one pool, at
 * national scale: ~84,000 synthetic villages × 20 indicators of ~514 kabupaten (seeded
 * `generateNational`, columns only), median imputation, top-n with 1–3 loci per kecamatan
 * (8,400 in the pool; 16 per kabupaten when scoped).
 *
 * Measured, each as median / min wall time and median CPU time (`process.cpuUsage`) of a run:
 * - `runScenario`, the same scenario every run, pooled and scoped;
 * - `createRunner(table).run` on a new set of weights every run (a weight slider), pooled and
 *   scoped.
 * Goal: the scoped runs not much slower than the pooled ones. The load average at the start and
 * the end is printed beside: other processes share the cores, and wall time grows with them
 * while CPU time does much less.
 *
 * Run: `pnpm bench scope` or `node --expose-gc --import tsx test/bench/scope.bench.ts`.
 * Prints one JSON object.
 */
import { loadavg } from 'node:os';
import { createRunner, createTableFromColumns, runScenario, type Scenario } from '@lokus/core';
import { generateNational } from '@lokus/synth';
import { timeRuns } from './timeRuns.ts';

const SEED = 20261123;
const WARMUP = 3;
const RUNS = 11;

const round = (x: number): number => Math.round(x * 10) / 10;
const load = (): number => round(loadavg()[0]!);

/** Wall and CPU time of `fn(k)` over the timed runs. */
const time = (fn: (k: number) => unknown) => timeRuns(fn, RUNS, WARMUP);

const loadStart = load();
const nation = generateNational({ seed: SEED, detail: 'light' });
const { table } = createTableFromColumns(nation.columns);
const pooled: Scenario = {
  name: 'Nasional, satu peringkat',
  indicators: nation.indicators,
  missing: 'median',
  scope: { by: 'all' },
  select: { mode: 'top-n', n: 8400, quota: { min: 1, max: 3 } },
};
const scoped: Scenario = {
  ...pooled,
  name: 'Nasional, per kabupaten',
  scope: { by: 'kabupaten' },
  select: { mode: 'top-n', n: 16, quota: { min: 1, max: 3 } },
};
const weighted = (s: Scenario, k: number): Scenario => ({
  ...s,
  weights: { method: 'manual' },
  indicators: s.indicators.map((ind, j) => ({ ...ind, weight: 1 + ((k * 7 + j) % 5) })),
});
const runnerPooled = createRunner(table);
const runnerScoped = createRunner(table);
const result = runScenario(table, scoped);
const timings = {
  runScenarioPooled: time(() => runScenario(table, pooled)),
  runScenarioScoped: time(() => runScenario(table, scoped)),
  runnerWeightPooled: time((k) => runnerPooled.run(weighted(pooled, k))),
  runnerWeightScoped: time((k) => runnerScoped.run(weighted(scoped, k))),
};
console.log(
  JSON.stringify(
    {
      bench: 'scope',
      villages: table.length,
      kabupaten: result.stages?.scope?.groups.length,
      selectedScoped: result.stages?.selected.count,
      runs: RUNS,
      ...timings,
      ratioRunScenarioCpu: round(
        timings.runScenarioScoped.cpuMedianMs / timings.runScenarioPooled.cpuMedianMs,
      ),
      ratioRunnerCpu: round(
        timings.runnerWeightScoped.cpuMedianMs / timings.runnerWeightPooled.cpuMedianMs,
      ),
      loadStart,
      loadEnd: load(),
    },
    null,
    2,
  ),
);
