import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';
import { sortedFinite } from './sortedFinite.ts';

/** Options of {@link headTail}. */
export interface HeadTailOptions {
  /**
   * Largest share of a subset that may lie above its mean (the head) for the division to go on.
   * `1` (default) divides until the head holds a single distinct value, as mapclassify's
   * `HeadTailBreaks` does; `0.4` is Jiang's 40 % rule and classInt's `headtails` default.
   */
  readonly maxHeadShare?: number;
}

/**
 * Head/tail breaks for heavy-tailed data: the mean splits the values into a tail (≤ mean) and a
 * head (> mean); the head is split again by its own mean, and so on. The bounds are the successive
 * means, then the maximum. The number of classes follows from the data. All-equal values give one
 * class; no finite value gives `k = 0`.
 *
 * Method: Jiang (2013), "Head/tail breaks: a new classification scheme for data with a heavy-tailed
 * distribution", The Professional Geographer 65(3). Stop rule as mapclassify (default) or
 * Jiang's head share (option). O(n log n) for the sort, then O(n) per level.
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param options - `maxHeadShare` in (0, 1], default 1.
 * @example
 * headTail([1, 1, 1, 1, 2, 2, 3, 10]).bins; // => [2.625, 6.5, 10]
 */
export function headTail(
  values: ArrayLike<number>,
  { maxHeadShare = 1 }: HeadTailOptions = {},
): Classification {
  if (!(maxHeadShare > 0 && maxHeadShare <= 1)) {
    throw new Error('headTail requires maxHeadShare in (0, 1]');
  }
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n === 0) return binValues(values, [], 'head-tail');
  const max = sorted[n - 1]!;
  const bins: number[] = [];
  let lo = 0;
  while (sorted[lo]! !== max) {
    let sum = 0;
    for (let i = lo; i < n; i++) sum += sorted[i]!;
    const mean = sum / (n - lo);
    // Rounding could put the mean at or past a bound already set; stop rather than repeat it.
    if ((bins.length > 0 && mean <= bins[bins.length - 1]!) || mean >= max) break;
    bins.push(mean);
    let head = lo;
    while (sorted[head]! <= mean) head++;
    if ((n - head) / (n - lo) > maxHeadShare) break;
    lo = head;
  }
  bins.push(max);
  return binValues(values, bins, 'head-tail');
}
