/**
 * The `p` quantile of ascending `sorted` values by R's type 7 rule (linear interpolation between
 * order statistics, the default of R's `quantile()` and numpy's `linear` method, which mapclassify
 * uses through `scipy.stats.scoreatpercentile`). Returns `NaN` for an empty array.
 *
 * Method: Hyndman & Fan (1996), "Sample quantiles in statistical packages", definition 7:
 * h = (n − 1)·p, Q = (1 − f)·x[⌊h⌋] + f·x[⌊h⌋ + 1] with f = h − ⌊h⌋, written as R writes it. O(1).
 *
 * @example
 * quantileSortedType7(Float64Array.of(1, 2, 3, 4), 0.25); // => 1.75
 */
export function quantileSortedType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 1) return sorted[n - 1]!;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const f = h - lo;
  const a = sorted[lo]!;
  if (f === 0 || lo + 1 >= n) return a;
  const b = sorted[lo + 1]!;
  return b === a ? a : (1 - f) * a + f * b;
}
