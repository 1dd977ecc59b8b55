// Benchmark of map classification on a national-size column: 84,000 seeded, right-skewed values
// (log-normal), once as drawn and once rounded to 0.01 (many ties).
// Run with `npx tsx packages/core/bench/classify.bench.ts`; prints one JSON object with, per scheme
// and data set, the median of the timed runs after the warm-up runs.
import { ckmeans } from 'simple-statistics';
import { fisherJenks } from '../src/classify/fisherJenks.ts';
import { quantile } from '../src/classify/quantile.ts';
import { createRng } from '../src/random.ts';

const n = 84_000;
const k = 5;
const warmup = 3;
const runs = 9;

const rng = createRng(20240901);
const skewed = new Float64Array(n);
for (let i = 0; i < n; i++) {
  // Box–Muller normal, then exp: log-normal(2, 1)
  const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  skewed[i] = Math.exp(2 + z);
}
const rounded = skewed.map((v) => Math.round(v * 100) / 100);

function time(fn: () => unknown): { medianMs: number; minMs: number; maxMs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { medianMs: round(ms[runs >> 1]!), minMs: round(ms[0]!), maxMs: round(ms[runs - 1]!) };
}

const results = [];
for (const [data, values] of [
  ['skewed', skewed],
  ['skewed-rounded', rounded],
] as const) {
  for (const [name, fn] of [
    ['fisherJenks', () => fisherJenks(values, k)],
    ['quantile', () => quantile(values, k)],
  ] as const) {
    results.push({ name, data, n, k, ...time(fn), bins: fn().bins.map((b) => +b.toFixed(4)) });
  }
}
// For comparison: simple-statistics' ckmeans (same algorithm on plain arrays), fed the sorted array.
const sortedSkewed = Array.from(skewed).sort((a, b) => a - b);
results.push({
  name: 'simple-statistics ckmeans',
  data: 'skewed',
  n,
  k,
  ...time(() => ckmeans(sortedSkewed, k)),
  bins: ckmeans(sortedSkewed, k).map((c) => +c[c.length - 1]!.toFixed(4)),
});
console.log(JSON.stringify({ name: 'classify', n, k, warmup, runs, results }));
