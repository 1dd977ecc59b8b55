import type { Classification } from '../result.ts';
import { binValues } from './binValues.ts';
import { checkK } from './checkK.ts';
import { sortedFinite } from './sortedFinite.ts';
import { uniqueSorted } from './uniqueSorted.ts';

/**
 * Fisher–Jenks (“natural breaks”) classification: the exact partition of the sorted finite values
 * into `k` contiguous classes with the least total within-class sum of squared deviations. The
 * bounds are the class maxima, as in mapclassify's `FisherJenks`. With fewer distinct values than
 * `k` every distinct value becomes its own class (`result.k` says how many; mapclassify raises);
 * all-equal values give one class; no finite value gives `k = 0`.
 *
 * Method: Fisher (1958), "On grouping for maximum homogeneity", JASA 53, solved exactly by Wang &
 * Song's Ckmeans.1d.dp dynamic programme (The R Journal 3/2, 2011) with its divide-and-conquer
 * fill of each row, the algorithm of simple-statistics' `ckmeans`, here on typed arrays (about
 * 1.5–2 times faster on 84,000 values). O(k·n log n) after an O(n log n) sort, O(k·n) memory.
 *
 * @param values - Values; `NaN` = missing (class -1, not counted).
 * @param k - Number of classes, a positive integer.
 * @example
 * fisherJenks([1, 2, 3, 10, 11, 12, 50], 3).bins; // => [3, 12, 50]
 */
export function fisherJenks(values: ArrayLike<number>, k: number): Classification {
  checkK('fisherJenks', k);
  const sorted = sortedFinite(values);
  const distinct = uniqueSorted(sorted);
  if (distinct.length <= k) return binValues(values, distinct, 'fisher-jenks');
  // A tie split between two classes (possible only among equally good partitions) would repeat a
  // bound, so repeats are dropped.
  return binValues(values, uniqueSorted(ckmeansMaxima(sorted, k)), 'fisher-jenks');
}

/**
 * Upper bound of each of the `k` optimal classes of ascending `x` (more than `k` distinct values).
 * Names follow Wang & Song: D[q][i] is the least sum of squares of x[0..i] in q + 1 classes and
 * B[q][i] the first index of the last of those classes.
 */
function ckmeansMaxima(x: Float64Array, k: number): number[] {
  const n = x.length;
  // Prefix sums of values shifted by the median, for numerical stability.
  const shift = x[n >> 1]!;
  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]! - shift;
    s += v;
    s2 += v * v;
    sum[i] = s;
    sumSq[i] = s2;
  }
  /** Sum of squared deviations of x[j..i] from their mean. */
  const ssq = (j: number, i: number): number => {
    let r: number;
    if (j > 0) {
      const m = i - j + 1;
      const mu = (sum[i]! - sum[j - 1]!) / m;
      r = sumSq[i]! - sumSq[j - 1]! - m * mu * mu;
    } else {
      r = sumSq[i]! - (sum[i]! * sum[i]!) / (i + 1);
    }
    return Math.max(r, 0);
  };
  const D: Float64Array[] = [];
  const B: Int32Array[] = [];
  for (let q = 0; q < k; q++) {
    D.push(new Float64Array(n));
    B.push(new Int32Array(n));
  }
  const D0 = D[0]!;
  for (let i = 0; i < n; i++) D0[i] = ssq(0, i);

  for (let q = 1; q < k; q++) {
    const Dq = D[q]!;
    const Bq = B[q]!;
    const Dp = D[q - 1]!;
    const Bp = B[q - 1]!;
    // Only D[k-1][n-1] is needed in the last row.
    const start = q < k - 1 ? q : n - 1;
    // Divide and conquer over i: the optimal B[q][i] is monotone in i, so the midpoint's optimum
    // bounds the search on both halves. An explicit stack replaces the recursion.
    const stack: number[] = [start, n - 1];
    while (stack.length > 0) {
      const iMax = stack.pop()!;
      const iMin = stack.pop()!;
      if (iMin > iMax) continue;
      const i = (iMin + iMax) >> 1;
      Dq[i] = Dp[i - 1]!;
      Bq[i] = i;
      let jlow = q;
      if (iMin > q) jlow = Math.max(jlow, Bq[iMin - 1]!);
      jlow = Math.max(jlow, Bp[i]!);
      let jhigh = i - 1;
      if (iMax < n - 1) jhigh = Math.min(jhigh, Bq[iMax + 1]!);
      for (let j = jhigh; j >= jlow; j--) {
        const sji = ssq(j, i);
        if (sji + Dp[jlow - 1]! >= Dq[i]!) break;
        // Examine the lower end of the range too, shrinking it from below.
        const low = ssq(jlow, i) + Dp[jlow - 1]!;
        if (low < Dq[i]!) {
          Dq[i] = low;
          Bq[i] = jlow;
        }
        jlow++;
        const here = sji + Dp[j - 1]!;
        if (here < Dq[i]!) {
          Dq[i] = here;
          Bq[i] = j;
        }
      }
      stack.push(iMin, i - 1, i + 1, iMax);
    }
  }

  const maxima = new Array<number>(k);
  let right = n - 1;
  for (let q = k - 1; q >= 0; q--) {
    maxima[q] = x[right]!;
    right = B[q]![right]! - 1;
  }
  return maxima;
}
