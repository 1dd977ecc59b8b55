import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';
import { uniqueSorted } from './uniqueSorted.ts';

/** Options of {@link stdMean}. */
export interface StdMeanOptions {
  /** Multiples of the standard deviation added to the mean, ascending (default `[-2, -1, 1, 2]`). */
  readonly multiples?: readonly number[];
}

/**
 * Standard-deviation classification: bounds at mean + m·sd for each multiple m, then the maximum
 * when it lies above the last of them (mapclassify's `StdMean`, sample sd with n − 1). With the
 * default multiples that is 5 classes: below −2 sd, −2 to −1 sd, within ±1 sd, 1 to 2 sd, above
 * 2 sd; outer classes may be empty and the last bound may exceed the maximum. A zero sd (all-equal
 * values, or a single value) collapses the repeated bounds to one class; no finite value gives
 * `k = 0`. (classInt's `sd` style differs: it puts `pretty()` breaks on the z-scores.)
 *
 * Method: two-pass mean and sample standard deviation. O(n log k).
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param options - `multiples`, finite and strictly ascending.
 * @example
 * stdMean([2, 4, 4, 4, 5, 5, 7, 9], { multiples: [-1, 1] }).bins.map((b) => Math.round(b * 1e4) / 1e4);
 * // => [2.8619, 7.1381, 9]
 */
export function stdMean(
  values: ArrayLike<number>,
  { multiples = [-2, -1, 1, 2] }: StdMeanOptions = {},
): Classification {
  if (multiples.length === 0 || !multiples.every(Number.isFinite)) {
    throw new Error('stdMean requires finite multiples');
  }
  for (let j = 1; j < multiples.length; j++) {
    if (!(multiples[j]! > multiples[j - 1]!)) {
      throw new Error('stdMean requires strictly ascending multiples');
    }
  }
  let n = 0;
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
    if (v > max) max = v;
  }
  if (n === 0) return binValues(values, [], 'std-mean');
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) ss += (v - mean) * (v - mean);
  }
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const cuts = uniqueSorted(multiples.map((m) => mean + m * sd));
  if (cuts[cuts.length - 1]! < max) cuts.push(max);
  return binValues(values, cuts, 'std-mean');
}
