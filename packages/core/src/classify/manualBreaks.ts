import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';

/**
 * Classification by user-defined upper bounds (mapclassify's `UserDefined`): class j holds
 * `breaks[j-1] < v ≤ breaks[j]`; when the maximum finite value lies above the last break, the
 * maximum is appended as one more bound. Classes may be empty; no finite value keeps the breaks
 * as given with every class -1.
 *
 * Method: binary search per value. O(n log k).
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param breaks - Upper bounds, finite and strictly ascending, at least one.
 * @example
 * manualBreaks([5, 15, 25, 40], [10, 20]).bins; // => [10, 20, 40]
 */
export function manualBreaks(values: ArrayLike<number>, breaks: readonly number[]): Classification {
  if (breaks.length === 0 || !breaks.every(Number.isFinite)) {
    throw new Error('manualBreaks requires at least one finite break');
  }
  for (let j = 1; j < breaks.length; j++) {
    if (!(breaks[j]! > breaks[j - 1]!)) {
      throw new Error('manualBreaks requires strictly ascending breaks');
    }
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v) && v > max) max = v;
  }
  const bins = [...breaks];
  if (max > bins[bins.length - 1]!) bins.push(max);
  return binValues(values, bins, 'manual');
}
