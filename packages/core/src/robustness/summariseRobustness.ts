import { quantileSortedType7 } from '../classify/quantileSortedType7.ts';
import { leaveOneIndicatorOut } from './leaveOneIndicatorOut.ts';
import type { RobustnessModel } from './prepareRobustness.ts';
import { sobolIndices } from './sobolIndices.ts';
import type { RobustnessFlag, RobustnessPart, RobustnessResult, SobolPart } from './types.ts';

/**
 * Turns the tallies of the draws (one part, or the merge of several) and, optionally, the Sobol
 * runs into the result: per village the probability of being a locus (share of draws), its flag
 * (`stable-locus` at p ≥ `thresholds.stableLocus`, `stable-non-locus` at p ≤
 * `thresholds.stableNonLocus`, else `borderline`; the thresholds are in `result.spec`), its median
 * rank and 5th–95th percentile ranks (R's type 7 quantiles, read off the rank histogram); the
 * mean number of loci; the distribution of changes against the base run; the Sobol indices of
 * the changes per varied choice (`sobolIndices`); and `leaveOneIndicatorOut`.
 * O(n²) with rank histograms, else O(n + draws log draws).
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 1, b: 5 } },
 *   { code: '99.01.01.2002', values: { a: 4, b: 2 } },
 *   { code: '99.01.02.2001', values: { a: 3, b: 3 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const scenario = {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 100, weights: { factor: 0.5 } },
 * } as const;
 * const { model } = prepareRobustness(table, scenario);
 * const result = summariseRobustness(model!, runRobustnessDraws(model!), null);
 * result.flag; // => ['borderline', 'borderline', 'stable-non-locus']
 * result.meanLoci; // => 1
 */
export function summariseRobustness(
  model: RobustnessModel,
  draws: RobustnessPart,
  sobol: SobolPart | null,
): RobustnessResult {
  const n = model.table.length;
  const count = draws.to - draws.from;
  const { stableLocus, stableNonLocus } = model.spec.thresholds;
  const probability = Float64Array.from(draws.selectedCount, (c) => (count > 0 ? c / count : 0));
  const flag = Array.from(
    probability,
    (p): RobustnessFlag =>
      p >= stableLocus ? 'stable-locus' : p <= stableNonLocus ? 'stable-non-locus' : 'borderline',
  );
  let lociSum = 0;
  for (const c of draws.loci) lociSum += c;
  const changes = Float64Array.from(draws.changes).sort();
  return {
    spec: model.spec,
    codes: model.table.code,
    base: {
      selected: model.base.stages.selected.selected,
      rank: model.base.stages.ranked.rank,
    },
    probability,
    flag,
    rank: draws.rankHistogram === null ? null : rankQuantiles(draws.rankHistogram, n),
    meanLoci: count > 0 ? lociSum / count : Number.NaN,
    changes: {
      mean: count > 0 ? changes.reduce((s, c) => s + c, 0) / count : Number.NaN,
      median: quantileSortedType7(changes, 0.5),
      p95: quantileSortedType7(changes, 0.95),
      max: count > 0 ? changes[count - 1]! : Number.NaN,
    },
    byChoice: { levels: model.levels, draws: draws.levelDraws, selected: draws.levelSelected },
    sobol: sobol === null || model.factors.length === 0 ? null : sobolIndices(sobol, model.factors),
    leaveOneOut: leaveOneIndicatorOut(model),
  };
}

/** Median, 5th and 95th percentile of each village's rank histogram (type 7). */
function rankQuantiles(
  hist: Uint32Array,
  n: number,
): { median: Float64Array; low: Float64Array; high: Float64Array } {
  const median = new Float64Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = hist.subarray(i * n, (i + 1) * n);
    low[i] = histogramQuantile(row, 0.05);
    median[i] = histogramQuantile(row, 0.5);
    high[i] = histogramQuantile(row, 0.95);
  }
  return { median, low, high };
}

/** The type 7 quantile of the values r + 1 counted `row[r]` times; `NaN` when empty. */
function histogramQuantile(row: Uint32Array, p: number): number {
  let total = 0;
  for (const c of row) total += c;
  if (total === 0) return Number.NaN;
  const h = (total - 1) * p;
  const lo = Math.floor(h);
  const f = h - lo;
  const a = orderStatistic(row, lo);
  if (f === 0) return a;
  const b = orderStatistic(row, lo + 1);
  return b === a ? a : (1 - f) * a + f * b;
}

/** The k-th smallest (0-based) of the values r + 1 counted `row[r]` times. */
function orderStatistic(row: Uint32Array, k: number): number {
  let seen = 0;
  for (let r = 0; r < row.length; r++) {
    seen += row[r]!;
    if (seen > k) return r + 1;
  }
  return row.length;
}
