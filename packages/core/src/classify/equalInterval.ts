import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';
import { checkK } from './checkK.ts';

/**
 * Equal-interval classification: `k` classes of equal width between the minimum and the maximum
 * of the finite values (mapclassify's `EqualInterval`: bound j = min + j·(max − min)/k, the last
 * bound set to the maximum). Classes may be empty. All-equal values give one class with bound that
 * value (mapclassify raises instead); no finite value gives `k = 0`.
 *
 * Method: one pass for the range, then the class assignment. O(n log k).
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param k - Number of classes, a positive integer.
 * @example
 * equalInterval([0, 1, 2, 10], 2).bins; // => [5, 10]
 */
export function equalInterval(values: ArrayLike<number>, k: number): Classification {
  checkK('equalInterval', k);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return binValues(values, [], 'equal-interval');
  if (min === max) return binValues(values, [max], 'equal-interval');
  const width = (max - min) / k;
  const bins: number[] = [];
  for (let j = 1; j < k; j++) bins.push(min + j * width);
  bins.push(max);
  return binValues(values, bins, 'equal-interval');
}
