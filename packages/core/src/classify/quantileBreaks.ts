import { checkK } from './checkK.ts';
import { quantileSortedType7 } from './quantileSortedType7.ts';
import { sortedFinite } from './sortedFinite.ts';
import { uniqueSorted } from './uniqueSorted.ts';

/** Options of {@link quantileBreaks} and `quantile`. */
export interface QuantileOptions {
  /**
   * Indices of `values` from the largest value down, missing values last: the `order` of
   * `rankScores` on the same values. When given, the bounds are read off it instead of sorting a
   * copy of the values; it must be such an order (only its length is checked).
   */
  readonly descendingOrder?: Int32Array;
}

/**
 * Upper bounds of `k` quantile classes: the type 7 quantiles at 1/k, 2/k, …, 1 of the finite
 * values, with repeated bounds collapsed, so ties can give fewer than `k` bounds (mapclassify's
 * `quantile()`: `scoreatpercentile` then `np.unique`). The last bound is the maximum. Missing
 * values are ignored; no finite value gives `[]`.
 *
 * Method: R `quantile(type = 7)` (Hyndman & Fan 1996, definition 7) on a sorted copy, O(n log n)
 * for the sort, then O(k); or, given `options.descendingOrder`, on that order read backwards,
 * O(n) to find the finite values' span (usually O(1)), then O(k).
 *
 * @param values - Values; `NaN` = missing.
 * @param k - Number of classes, a positive integer.
 * @example
 * quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4); // => [3.25, 5.5, 7.75, 10]
 * quantileBreaks([1, 4, 2, 3], 2, { descendingOrder: Int32Array.of(1, 3, 2, 0) }); // => [2.5, 4]
 */
export function quantileBreaks(
  values: ArrayLike<number>,
  k: number,
  options: QuantileOptions = {},
): number[] {
  checkK('quantileBreaks', k);
  const { descendingOrder } = options;
  const q = new Float64Array(k);
  if (descendingOrder === undefined) {
    const sorted = sortedFinite(values);
    if (sorted.length === 0) return [];
    for (let j = 1; j <= k; j++) q[j - 1] = quantileSortedType7(sorted, j / k);
    return uniqueSorted(q);
  }
  if (descendingOrder.length !== values.length) {
    throw new Error('quantileBreaks requires a descendingOrder with one index per value');
  }
  // The finite values are order[from..to): +Infinity comes first, -Infinity and NaN last.
  let from = 0;
  let to = descendingOrder.length;
  while (from < to && !Number.isFinite(values[descendingOrder[from]!]!)) from++;
  while (to > from && !Number.isFinite(values[descendingOrder[to - 1]!]!)) to--;
  if (to === from) return [];
  for (let j = 1; j <= k; j++) q[j - 1] = type7Descending(values, descendingOrder, from, to, j / k);
  return uniqueSorted(q);
}

/**
 * `quantileSortedType7` on the values `values[order[to − 1]] ≤ … ≤ values[order[from]]`, with the
 * same arithmetic, so both paths give identical bounds.
 */
function type7Descending(
  values: ArrayLike<number>,
  order: Int32Array,
  from: number,
  to: number,
  p: number,
): number {
  const n = to - from;
  // Ascending position t is order[to − 1 − t].
  const at = (t: number): number => values[order[to - 1 - t]!]!;
  if (p <= 0) return at(0);
  if (p >= 1) return at(n - 1);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const f = h - lo;
  const a = at(lo);
  if (f === 0 || lo + 1 >= n) return a;
  const b = at(lo + 1);
  return b === a ? a : (1 - f) * a + f * b;
}
