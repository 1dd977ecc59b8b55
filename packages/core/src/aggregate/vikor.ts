import type { AggregateOutput } from '../result.ts';
import type { IndicatorColumns } from '../types.ts';
import { checkDirections, prepareColumns } from './prepareColumns.ts';
import type { CriterionType } from './types.ts';

/** Options of {@link vikor}. */
export interface VikorOptions {
  /** Criterion type of each weighted indicator; for priority, `higher-is-worse` is `benefit`. */
  readonly directions: Readonly<Record<string, CriterionType>>;
  /** Weight of the strategy of "the majority of criteria" (group utility), in [0, 1]. */
  readonly v?: number;
}

/**
 * VIKOR compromise ranking (Opricovic & Tzeng, "Compromise solution by MCDM methods: A
 * comparative analysis of VIKOR and TOPSIS", *European Journal of Operational Research*
 * 156:445–455, 2004, §2).
 *
 * Method: on the raw (treated) values, with f*_j the best and f⁻_j the worst value of criterion j
 * (max/min for benefit, min/max for cost): S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j) (group
 * utility), R_i = max_j w_j (f*_j − f_ij)/(f*_j − f⁻_j) (individual regret), and
 * Q_i = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*) with S* = min S, S⁻ = max S and
 * likewise for R. Lower Q is better, so the score is 1 − Q (in [0, 1]; 1 = the village closest to
 * the ideal of most need). A constant criterion contributes 0; when all S (or all R) are equal their
 * term of Q is 0. Missing values are skipped and each village's weights renormalised over its
 * present criteria; a village with no present value gets `NaN`. The paper's acceptance conditions
 * (advantage and stability) are not applied: every village gets a score. Details: `S`, `R`, `Q`.
 * O(n·m).
 *
 * @param columns - Raw (treated) indicator columns.
 * @param weights - Weight by indicator id, non-negative (rescaled to sum to 1).
 * @param options - Criterion types and `v` (default 0.5).
 * @returns Scores 1 − Q, higher = higher priority; method `vikor`.
 * @throws When a weighted indicator has no column or direction, lengths differ, the weights are
 *   invalid or `v` is outside [0, 1].
 * @example
 * // Opricovic & Tzeng (2004), numerical example: Q = [1, 0, 1]
 * vikor(
 *   { a: Float64Array.of(1, 2, 5), b: Float64Array.of(3000, 3750, 4500) },
 *   { a: 0.5, b: 0.5 },
 *   { directions: { a: 'cost', b: 'benefit' } },
 * ).score; // => Float64Array [0, 1, 0]
 */
export function vikor(
  columns: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
  options: VikorOptions,
): AggregateOutput {
  const v = options.v ?? 0.5;
  if (!(v >= 0 && v <= 1)) throw new Error(`vikor requires v in [0, 1], got ${v}`);
  const { ids, cols, w, n } = prepareColumns('vikor', columns, weights);
  checkDirections('vikor', ids, options.directions, ['benefit', 'cost']);
  const S = new Float64Array(n);
  const R = new Float64Array(n);
  const present = new Float64Array(n);
  for (let j = 0; j < cols.length; j++) {
    const x = cols[j]!;
    const wj = w[j]!;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const f = x[i]!;
      if (f < lo) lo = f;
      if (f > hi) hi = f;
    }
    const benefit = options.directions[ids[j]!] === 'benefit';
    const best = benefit ? hi : lo;
    // Regret per unit of f: wj (best − f) / (best − worst), zero for a constant criterion.
    const k = hi > lo ? wj / (benefit ? hi - lo : lo - hi) : 0;
    for (let i = 0; i < n; i++) {
      const f = x[i]!;
      if (Number.isNaN(f)) continue;
      const d = k * (best - f);
      S[i]! += d;
      if (d > R[i]!) R[i] = d;
      present[i]! += wj;
    }
  }
  let sLo = Number.POSITIVE_INFINITY;
  let sHi = Number.NEGATIVE_INFINITY;
  let rLo = Number.POSITIVE_INFINITY;
  let rHi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const p = present[i]!;
    if (!(p > 0)) {
      S[i] = R[i] = Number.NaN;
      continue;
    }
    const s = S[i]! / p;
    const r = R[i]! / p;
    S[i] = s;
    R[i] = r;
    if (s < sLo) sLo = s;
    if (s > sHi) sHi = s;
    if (r < rLo) rLo = r;
    if (r > rHi) rHi = r;
  }
  const Q = new Float64Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = S[i]!;
    if (Number.isNaN(s)) {
      Q[i] = score[i] = Number.NaN;
      continue;
    }
    const qs = sHi > sLo ? (s - sLo) / (sHi - sLo) : 0;
    const qr = rHi > rLo ? (R[i]! - rLo) / (rHi - rLo) : 0;
    const q = v * qs + (1 - v) * qr;
    Q[i] = q;
    score[i] = 1 - q;
  }
  return { method: 'vikor', score, details: { S, R, Q }, summary: {} };
}
