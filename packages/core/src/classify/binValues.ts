import type { Classification } from '../result.ts';
import type { ClassifyScheme } from '../scenario/types.ts';

/**
 * Puts every value into the class of the first bin (inclusive upper bound) that is ≥ the value,
 * mapclassify's rule: class j holds `bins[j-1] < v ≤ bins[j]`, class 0 everything ≤ `bins[0]`.
 * Non-finite values (`NaN` = missing, `±Infinity`) get class -1 and are not counted. A finite value
 * above the last bin (which the schemes never produce) goes to the last class, like mapclassify's
 * `find_bin`. With repeated bins the later copies stay empty.
 *
 * Method: binary search per value. O(n log k).
 *
 * @example
 * binValues([1, 5, Number.NaN, 9], [4, 9], 'manual').counts; // => [1, 2]
 */
export function binValues(
  values: ArrayLike<number>,
  bins: readonly number[],
  scheme: ClassifyScheme,
  labels?: readonly string[],
): Classification {
  const n = values.length;
  const k = bins.length;
  const edges = Float64Array.from(bins);
  const classOf = new Int32Array(n);
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v) || k === 0) {
      classOf[i] = -1;
      continue;
    }
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! >= v) hi = mid;
      else lo = mid + 1;
    }
    classOf[i] = lo;
    counts[lo]!++;
  }
  const result = { scheme, k, bins: [...bins], classOf, counts };
  return labels === undefined ? result : { ...result, labels: [...labels] };
}
