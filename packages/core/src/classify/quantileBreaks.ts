import { checkK } from './checkK.ts';
import { quantileSortedType7 } from './quantileSortedType7.ts';
import { sortedFinite } from './sortedFinite.ts';
import { uniqueSorted } from './uniqueSorted.ts';

/**
 * Upper bounds of `k` quantile classes: the type 7 quantiles at 1/k, 2/k, …, 1 of the finite
 * values, with repeated bounds collapsed, so ties can give fewer than `k` bounds (mapclassify's
 * `quantile()`: `scoreatpercentile` then `np.unique`). The last bound is the maximum. Missing
 * values are ignored; no finite value gives `[]`.
 *
 * Method: R `quantile(type = 7)` (Hyndman & Fan 1996, definition 7) on a sorted copy.
 * O(n log n) for the sort, then O(k).
 *
 * @param values - Values; `NaN` = missing.
 * @param k - Number of classes, a positive integer.
 * @example
 * quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4); // => [3.25, 5.5, 7.75, 10]
 */
export function quantileBreaks(values: ArrayLike<number>, k: number): number[] {
  checkK('quantileBreaks', k);
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return [];
  const q = new Float64Array(k);
  for (let j = 1; j <= k; j++) q[j - 1] = quantileSortedType7(sorted, j / k);
  return uniqueSorted(q);
}
