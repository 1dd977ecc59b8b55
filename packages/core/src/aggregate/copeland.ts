import type { AggregateOutput } from '../result.ts';
import type { IndicatorColumns } from '../types.ts';
import { prepareColumns } from './prepareColumns.ts';

/** Options of {@link copeland}. */
export interface CopelandOptions {
  /** Most villages (with a present value) accepted before throwing (default {@link COPELAND_MAX_VILLAGES}). */
  readonly maxVillages?: number;
}

/**
 * Default limit on the number of villages for {@link copeland}. 10,000 villages make 5 × 10⁷
 * pairs, a few seconds with 20 indicators; that covers any kabupaten (a few hundred villages) and
 * the largest provinces (about 8,500), while a whole-country run (about 84,000) is refused.
 *
 * @example
 * COPELAND_MAX_VILLAGES; // => 10000
 */
export const COPELAND_MAX_VILLAGES = 10_000;

/** Weight difference below which a pairwise contest is a tie (weights sum to 1). */
const TIE_TOLERANCE = 1e-12;

/**
 * Copeland's rule over weighted pairwise majorities, a non-compensatory ranking (Copeland, "A
 * reasonable social welfare function", University of Michigan seminar, 1951; applied to composite
 * indicators by Munda & Nardo, *Applied Economics* 41:1513–1523, 2009).
 *
 * Method: for every pair of villages (a, b), a beats b when the total weight of the indicators in
 * which a is higher (more need) exceeds the total weight of those in which b is higher; equal
 * totals are a tie. Only indicators present for both villages take part, which is the same as
 * renormalising the weights over them. Score = wins − losses. A village with no present value gets
 * `NaN` and takes no part. Details: `wins`, `losses`. O(n²·m) time over a row-major typed-array
 * copy, O(n·m) memory.
 *
 * @param columns - Oriented normalised columns (higher = more need).
 * @param weights - Weight by indicator id, non-negative (rescaled to sum to 1).
 * @param options - `maxVillages`.
 * @returns Scores in [−(n−1), n−1], higher = higher priority; method `copeland`.
 * @throws When more than `maxVillages` villages have a value, a weighted indicator has no column,
 *   lengths differ or the weights are invalid.
 * @example
 * copeland({ a: Float64Array.of(3, 2, 1), b: Float64Array.of(1, 3, 2) }, { a: 2, b: 1 }).score;
 * // => Float64Array [2, 0, -2]
 */
export function copeland(
  columns: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
  options: CopelandOptions = {},
): AggregateOutput {
  const { maxVillages = COPELAND_MAX_VILLAGES } = options;
  const { cols: allCols, w: allW, n } = prepareColumns('copeland', columns, weights);
  const cols = allCols.filter((_, j) => allW[j]! > 0);
  const w = allW.filter((x) => x > 0);
  const m = cols.length;
  // Villages with at least one present value, in input order.
  const index: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const v = cols[j]![i]!;
      if (!Number.isNaN(v)) {
        index.push(i);
        break;
      }
    }
  }
  const nv = index.length;
  if (nv > maxVillages)
    throw new Error(`copeland requires at most ${maxVillages} villages, got ${nv}`);
  const rows = new Float64Array(nv * m);
  for (let a = 0; a < nv; a++) {
    const i = index[a]!;
    for (let j = 0; j < m; j++) rows[a * m + j] = cols[j]![i]!;
  }
  const wins = new Int32Array(nv);
  const losses = new Int32Array(nv);
  for (let a = 0; a < nv; a++) {
    const oa = a * m;
    for (let b = a + 1; b < nv; b++) {
      const ob = b * m;
      let s = 0;
      for (let j = 0; j < m; j++) {
        // Branch-free (about 2.5× faster than if/else on unpredictable comparisons). NaN compares
        // false both ways, so a missing value adds 0.
        const xa = rows[oa + j]!;
        const xb = rows[ob + j]!;
        s += w[j]! * (+(xa > xb) - +(xb > xa));
      }
      if (s > TIE_TOLERANCE) {
        wins[a]!++;
        losses[b]!++;
      } else if (s < -TIE_TOLERANCE) {
        wins[b]!++;
        losses[a]!++;
      }
    }
  }
  const score = new Float64Array(n).fill(Number.NaN);
  const winCol = new Float64Array(n).fill(Number.NaN);
  const lossCol = new Float64Array(n).fill(Number.NaN);
  for (let a = 0; a < nv; a++) {
    const i = index[a]!;
    winCol[i] = wins[a]!;
    lossCol[i] = losses[a]!;
    score[i] = wins[a]! - losses[a]!;
  }
  return { method: 'copeland', score, details: { wins: winCol, losses: lossCol }, summary: {} };
}
