import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';
import { checkK } from './checkK.ts';
import { type QuantileOptions, quantileBreaks } from './quantileBreaks.ts';

/**
 * Quantile classification: classes holding about equal numbers of villages, bounded by the R
 * type 7 quantiles of the finite values (mapclassify's `Quantiles`). Ties that make bounds repeat
 * collapse them, so the result may have fewer than `k` classes (`result.k` says how many); all-equal
 * values give one class; no finite value gives `k = 0` and every class -1.
 *
 * Method: {@link quantileBreaks}, then each value goes to the first class whose upper bound is ≥
 * it. O(n log n); O(n log k) when `options.descendingOrder` (the ranking's `order` of the same
 * values) spares the sort.
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param k - Requested number of classes, a positive integer.
 * @param options - `descendingOrder`: indices of the values from the largest down, missing last.
 * @example
 * quantile([1, 2, 3, 4, 5, 6, 7, 8], 4).counts; // => [2, 2, 2, 2]
 */
export function quantile(
  values: ArrayLike<number>,
  k: number,
  options: QuantileOptions = {},
): Classification {
  checkK('quantile', k);
  return binValues(values, quantileBreaks(values, k, options), 'quantile');
}
