/**
 * Benchmark of the whole scoring pipeline at national scale: ~84,000 synthetic villages × 20
 * indicators (seeded), validate → denominators → impute → treat → normalise → weight → aggregate →
 * rank → select with kecamatan quotas → classify, through `runScenario`.
 *
 * Run: `pnpm bench` (all benchmarks) or `node --expose-gc --import tsx test/bench/pipeline.bench.ts`.
 * Prints one JSON object. Targets on a 2-core machine: median ≤ 30 ms, heap growth < 200 MB.
 */

import {
  classify,
  createTableFromColumns,
  fisherJenks,
  rankScores,
  runScenario,
  type Scenario,
  selectLoci,
} from '@lokus/core';
import { generateNational } from '@lokus/synth';
import { median, quantile } from 'simple-statistics';

const SEED = 20261123;
const WARMUP = 5;
const RUNS = 25;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

function time(
  fn: () => unknown,
  runs = RUNS,
  warmup = WARMUP,
): { medianMs: number; p90Ms: number; minMs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    medianMs: round(median(ms)),
    p90Ms: round(quantile(ms, 0.9)),
    minMs: round(Math.min(...ms)),
  };
}

const heapStart = heapMb();
const t0 = performance.now();
const national = generateNational({ seed: SEED });
const generateMs = performance.now() - t0;
const t1 = performance.now();
const { table, diagnostics: tableDiagnostics } = createTableFromColumns(national.columns);
const createTableMs = performance.now() - t1;

const indicators = national.indicators;
const scenario: Scenario = {
  name: 'National benchmark (synthetic)',
  indicators,
  missing: 'median',
  normalise: { method: 'minmax', range: [0, 100] },
  weights: { method: 'equal' },
  aggregate: { method: 'arithmetic' },
  select: { mode: 'top-n', n: 8400, quota: { min: 1, max: 3 } },
  classify: { scheme: 'quantile', k: 5 },
};

let last = runScenario(table, scenario);
if (!last.ok || last.stages === null) {
  throw new Error(
    `benchmark scenario failed: ${last.diagnostics.find((d) => d.severity === 'error')?.message}`,
  );
}
const heapBefore = heapMb();
const pipeline = time(() => {
  last = runScenario(table, scenario);
});
const heapAfter = heapMb();
const stages = last.stages!;
const score = stages.aggregated.score;

const result = {
  benchmark: 'core/pipeline',
  synthetic: true,
  seed: SEED,
  villages: table.length,
  indicators: indicators.length,
  kecamatan: new Set(table.kecamatan).size,
  setup: {
    generateMs: Math.round(generateMs),
    createTableMs: Math.round(createTableMs),
    tableDiagnostics: tableDiagnostics.length,
  },
  runScenario: { ...pipeline, targetMs: 30, meetsTarget: pipeline.medianMs <= 30 },
  stages: {
    rank: time(() => rankScores(score, { codes: table.code, groups: table.kecamatan })),
    selectWithQuota: time(() =>
      selectLoci({ table, score, ranked: stages.ranked, columns: stages.raw }, scenario.select!),
    ),
    classifyQuantile: time(() => classify(score, { scheme: 'quantile', k: 5 })),
  },
  fisherJenksK5: (() => {
    const t = time(() => fisherJenks(score, 5), 7, 1);
    return { ...t, targetMs: 300, meetsTarget: t.medianMs <= 300 };
  })(),
  selected: stages.selected.count,
  heapMb: {
    start: Math.round(heapStart),
    beforeRuns: Math.round(heapBefore),
    afterRuns: Math.round(heapAfter),
    growthDuringRuns: Math.round(heapAfter - heapBefore),
    totalGrowth: Math.round(heapAfter - heapStart),
    targetGrowthMb: 200,
    gcExposed: gc !== undefined,
  },
};
console.log(JSON.stringify(result, null, 2));
