import { normalise } from '../normalize/normalise.ts';
import type { AggregateOutput } from '../result.ts';
import { TOPSIS_NORMALISATIONS } from '../scenario/vocabulary.ts';
import type { IndicatorColumns } from '../types.ts';
import { checkDirections, prepareColumns } from './prepareColumns.ts';
import type { CriterionType } from './types.ts';

/** Options of {@link topsis}. */
export interface TopsisOptions {
  /** Criterion type of each weighted indicator; for priority, `higher-is-worse` is `benefit`. */
  readonly directions: Readonly<Record<string, CriterionType>>;
  /**
   * How each column is normalised before weighting (default `vector`, TOPSIS's own): any of
   * {@link TOPSIS_NORMALISATIONS}, applied by `normalise` with a cost criterion flipped.
   */
  readonly normalise?: TopsisNormalisation;
}

/** A normalisation TOPSIS can use. */
export type TopsisNormalisation = (typeof TOPSIS_NORMALISATIONS)[number];

/**
 * TOPSIS (Technique for Order Preference by Similarity to Ideal Solution; Hwang & Yoon, 1981), as
 * set out by Opricovic & Tzeng, "Compromise solution by MCDM methods: A comparative analysis of
 * VIKOR and TOPSIS", *European Journal of Operational Research* 156:445–455, 2004, §3.
 *
 * Method: works on the raw (treated, not normalised) values and applies its own vector
 * normalisation r_ij = x_ij / √(Σ_i x_ij²); v_ij = w_j r_ij. The ideal A⁺ takes the best v of each
 * criterion (max for benefit, min for cost) and the anti-ideal A⁻ the worst. With another
 * `normalise` method (e.g. `minmax`, pymcdm's default), each column is first normalised by
 * `normalise` with a cost criterion flipped (so higher is better on every column) and the ideal
 * is the largest weighted value; `vector` done this way (1 − r for a cost) gives the same
 * closeness as the default;
 * d⁺_i = ‖v_i − A⁺‖₂, d⁻_i = ‖v_i − A⁻‖₂ and the score is the closeness C_i = d⁻ / (d⁺ + d⁻) in
 * [0, 1]. Missing values are skipped: column norms and ideals use present values, and each
 * village's distances use its present criteria with the weights renormalised over them (this
 * rescales d⁺ and d⁻ alike and leaves C as if the missing criteria were absent). A village with no
 * present value gets `NaN`; one equal to both ideals (only constant criteria present) gets 0.5.
 * Details: `dPlus`, `dMinus`. O(n·m).
 *
 * @param columns - Raw (treated) indicator columns.
 * @param weights - Weight by indicator id, non-negative (rescaled to sum to 1).
 * @param options - Criterion types and the normalisation (default `vector`).
 * @returns Closeness scores, higher = higher priority; method `topsis`.
 * @throws When a weighted indicator has no column or direction, lengths differ, or the weights
 *   are invalid.
 * @example
 * // Opricovic & Tzeng (2004), numerical example
 * topsis(
 *   { a: Float64Array.of(1, 2, 5), b: Float64Array.of(3000, 3750, 4500) },
 *   { a: 0.5, b: 0.5 },
 *   { directions: { a: 'cost', b: 'benefit' } },
 * ).score.map((c) => Math.round(c * 1e4) / 1e4); // => Float64Array [0.7621, 0.7222, 0.2379]
 * topsis(
 *   { a: Float64Array.of(1, 2, 5), b: Float64Array.of(3000, 3750, 4500) },
 *   { a: 0.5, b: 0.5 },
 *   { directions: { a: 'cost', b: 'benefit' }, normalise: 'minmax' },
 * ).score.map((c) => Math.round(c * 1e4) / 1e4); // => Float64Array [0.5, 0.6172, 0.5]
 */
export function topsis(
  columns: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
  options: TopsisOptions,
): AggregateOutput {
  const { ids, cols, w, n } = prepareColumns('topsis', columns, weights);
  checkDirections('topsis', ids, options.directions, ['benefit', 'cost']);
  const method = options.normalise ?? 'vector';
  if (!TOPSIS_NORMALISATIONS.includes(method)) {
    throw new Error(`topsis requires a normalisation among ${TOPSIS_NORMALISATIONS.join(', ')}`);
  }
  const benefit = ids.map((id) => options.directions[id] === 'benefit');
  const { plus, minus, present } =
    method === 'vector'
      ? vectorDistances(cols, w, benefit, n)
      : normalisedDistances(
          cols.map((x, j) =>
            normalise(x, {
              method,
              direction: benefit[j] ? 'higher-is-worse' : 'higher-is-better',
            }),
          ),
          w,
          n,
        );
  return closeness(plus, minus, present, n);
}

/** Squared distances to the ideal and anti-ideal, and the present weight, of each village. */
interface Distances {
  readonly plus: Float64Array;
  readonly minus: Float64Array;
  readonly present: Float64Array;
}

/** TOPSIS's own vector normalisation: ideal max for a benefit, min for a cost. */
function vectorDistances(
  cols: readonly Float64Array[],
  w: Float64Array,
  benefit: readonly boolean[],
  n: number,
): Distances {
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  const present = new Float64Array(n);
  for (let j = 0; j < cols.length; j++) {
    const x = cols[j]!;
    const wj = w[j]!;
    let ss = 0;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      ss += v * v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const scale = ss > 0 ? wj / Math.sqrt(ss) : 0;
    const best = (benefit[j] ? hi : lo) * scale;
    const worst = (benefit[j] ? lo : hi) * scale;
    addDistances(x, scale, best, worst, wj, { plus, minus, present });
  }
  return { plus, minus, present };
}

/** Columns already normalised with higher = better: ideal is the largest weighted value. */
function normalisedDistances(cols: readonly Float64Array[], w: Float64Array, n: number): Distances {
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  const present = new Float64Array(n);
  for (let j = 0; j < cols.length; j++) {
    const x = cols[j]!;
    const wj = w[j]!;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    addDistances(x, wj, hi * wj, lo * wj, wj, { plus, minus, present });
  }
  return { plus, minus, present };
}

/** Adds one criterion's squared distances (v = x·scale) to the running sums. */
function addDistances(
  x: Float64Array,
  scale: number,
  best: number,
  worst: number,
  wj: number,
  into: Distances,
): void {
  const { plus, minus, present } = into;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    const vij = v * scale;
    plus[i]! += (vij - best) * (vij - best);
    minus[i]! += (vij - worst) * (vij - worst);
    present[i]! += wj;
  }
}

/** Closeness d⁻/(d⁺ + d⁻), distances rescaled by the present weight; NaN without any value. */
function closeness(
  plus: Float64Array,
  minus: Float64Array,
  present: Float64Array,
  n: number,
): AggregateOutput {
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = present[i]!;
    if (!(p > 0)) {
      score[i] = plus[i] = minus[i] = Number.NaN;
      continue;
    }
    const dp = Math.sqrt(plus[i]!) / p;
    const dm = Math.sqrt(minus[i]!) / p;
    plus[i] = dp;
    minus[i] = dm;
    score[i] = dp + dm > 0 ? dm / (dp + dm) : 0.5;
  }
  return { method: 'topsis', score, details: { dPlus: plus, dMinus: minus }, summary: {} };
}
