import type { AggregateOutput } from '../result.ts';
import type { IndicatorColumns } from '../types.ts';
import { prepareColumns } from './prepareColumns.ts';

/** Floor for values ≤ 0, as a share of the column's range (max − min of its present values). */
const EPSILON_SHARE = 1e-3;

/**
 * Weighted geometric mean of the normalised indicators (COINr `a_gmean`; OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, §6.2): only partly compensatory, a village that is low
 * in one indicator cannot fully make up for it elsewhere.
 *
 * Method: score_i = exp(Σ_{j present} w_j ln x_ij / Σ_{j present} w_j), weights renormalised per
 * village over its present (non-`NaN`) values; a village with no present value gets `NaN`.
 * The logarithm needs x > 0, so each value ≤ 0 is floored to ε_j = 0.001 × (max_j − min_j), or
 * 0.001 when the column is constant. After min–max normalisation to [0, 100] the lowest village in
 * each indicator becomes 0.1. Floored values are counted in `summary.nonPositive` (all indicators)
 * and `summary['nonPositive:<id>']`; the dispatcher reports them as `GEOMETRIC_NON_POSITIVE`.
 * Use it on ratio-scale normalisations (min–max, goalposts, percentile), not on z-scores.
 * O(n·m).
 *
 * @param columns - Oriented normalised columns (higher = more need).
 * @param weights - Weight by indicator id, non-negative (rescaled to sum to 1).
 * @returns Scores, higher = higher priority; method `geometric`.
 * @throws When a weighted indicator has no column, lengths differ or the weights are invalid.
 * @example
 * geometricMean({ a: Float64Array.of(4, 1), b: Float64Array.of(1, 4) }, { a: 1, b: 1 }).score;
 * // => Float64Array [2, 2]
 */
export function geometricMean(
  columns: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
): AggregateOutput {
  const { ids, cols, w, n } = prepareColumns('geometricMean', columns, weights);
  const logSum = new Float64Array(n);
  const present = new Float64Array(n);
  const summary: Record<string, number> = { nonPositive: 0 };
  for (let j = 0; j < cols.length; j++) {
    const wj = w[j]!;
    const x = cols[j]!;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const epsilon = hi > lo ? EPSILON_SHARE * (hi - lo) : EPSILON_SHARE;
    const logEpsilon = Math.log(epsilon);
    let floored = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      let lv: number;
      if (v > 0) lv = Math.log(v);
      else {
        lv = logEpsilon;
        floored++;
      }
      if (wj > 0) {
        logSum[i]! += wj * lv;
        present[i]! += wj;
      }
    }
    summary[`nonPositive:${ids[j]}`] = floored;
    summary.nonPositive! += floored;
  }
  for (let i = 0; i < n; i++) {
    const p = present[i]!;
    logSum[i] = p > 0 ? Math.exp(logSum[i]! / p) : Number.NaN;
  }
  return { method: 'geometric', score: logSum, details: { coverage: present }, summary };
}
