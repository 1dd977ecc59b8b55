import type { WeightOutput } from '../result.ts';
import type { IndicatorColumns } from '../types.ts';
import { weightRecord } from './normaliseWeights.ts';

/**
 * Objective weights by the entropy method: an indicator whose values differ more between villages
 * carries more information and gets more weight.
 *
 * Method (Shannon entropy as used for attribute weights by Hwang & Yoon, *Multiple Attribute
 * Decision Making*, Springer LNEMS 186, 1981, §2.1; Zeleny, *Multiple Criteria Decision Making*,
 * 1982): for indicator j with n_j present values x_ij ≥ 0,
 * p_ij = x_ij / Σ_i x_ij, e_j = −(1 / ln n_j) Σ_i p_ij ln p_ij (with 0 ln 0 = 0),
 * d_j = 1 − e_j and w_j = d_j / Σ_k d_k.
 * Missing values (`NaN`) are skipped, so n_j counts present values only. An indicator that is all
 * zero or has fewer than two present values carries no information (d_j = 0). When no indicator
 * carries information the weights are equal. The values must be non-negative, e.g. min–max or
 * percentile normalised; z-scores must be shifted first. O(n·m).
 *
 * @param columns - Normalised indicator columns, non-negative; the result follows their key order.
 * @returns Weights summing to 1, method `entropy`.
 * @throws When there are no columns or a value is negative or infinite.
 * @example
 * entropyWeights({ a: Float64Array.of(1, 1, 1), b: Float64Array.of(0, 1, 2) }).weights;
 * // => { a: 0, b: 1 }
 */
export function entropyWeights(columns: IndicatorColumns): WeightOutput {
  const ids = Object.keys(columns);
  if (ids.length === 0) throw new Error('entropyWeights requires at least one indicator');
  const d = new Float64Array(ids.length);
  let total = 0;
  for (let j = 0; j < ids.length; j++) {
    const x = columns[ids[j]!]!;
    let sum = 0;
    let n = 0;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      if (v < 0 || v === Number.POSITIVE_INFINITY)
        throw new Error(
          `entropyWeights requires non-negative finite values, got ${v} in "${ids[j]}"`,
        );
      sum += v;
      n++;
    }
    if (n < 2 || sum === 0) continue;
    // Σ p ln p = Σ (x/s)(ln x − ln s) = (Σ x ln x) / s − ln s.
    let sxlx = 0;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (v > 0) sxlx += v * Math.log(v);
    }
    const e = -(sxlx / sum - Math.log(sum)) / Math.log(n);
    // Rounding can leave e a hair away from 1 for a constant column: treat that as no information.
    d[j] = 1 - e > 1e-12 ? 1 - e : 0;
    total += d[j]!;
  }
  const w = total > 0 ? d.map((x) => x / total) : d.fill(1 / ids.length);
  return { method: 'entropy', weights: weightRecord(ids, w) };
}
