import { radixOrder } from '../rank/radixOrder.ts';

/**
 * Kendall's rank correlation tau-b, which corrects for ties in either variable:
 * τ_b = (n_c − n_d) / √((n_0 − n_1)(n_0 − n_2)), with n_0 = n(n − 1)/2 pairs, n_1 and n_2 the pairs
 * tied in x and in y, n_c and n_d the concordant and discordant pairs. Equals R's
 * `cor(x, y, method = "kendall")` and scipy's `kendalltau` (variant b). Pairs where either value
 * is `NaN` are left out. Returns `NaN` with fewer than two pairs or when either variable is constant.
 *
 * Method: Knight (1966), "A computer method for calculating Kendall's tau with ungrouped data",
 * JASA 61(314): sort by (x, y) (two stable radix sorts), count ties, then count discordant pairs
 * as the swaps of a merge sort on y. Complexity: O(n log n) time, O(n) memory.
 *
 * @example
 * kendallTauB([1, 2, 3, 4], [1, 3, 2, 4]); // => 0.6666666666666667
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) {
    throw new Error(
      `kendallTauB requires x and y of equal length (got ${x.length} and ${y.length})`,
    );
  }
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) keep.push(i);
  }
  const n = keep.length;
  if (n < 2) return Number.NaN;

  // Sort pair indices by x, then y: a stable radix sort by y, then by x.
  const idx = radixOrder(x, radixOrder(y, Int32Array.from(keep)));
  const xs = new Float64Array(n);
  let ys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    xs[k] = x[idx[k]!]!;
    ys[k] = y[idx[k]!]!;
  }

  // n_1 (tied in x) and n_3 (tied in both), from runs in the (x, y) order.
  let xTies = 0;
  let jointTies = 0;
  let xRun = 1;
  let jointRun = 1;
  for (let k = 1; k <= n; k++) {
    const sameX = k < n && xs[k] === xs[k - 1];
    const sameXY = sameX && ys[k] === ys[k - 1];
    if (sameX) xRun++;
    else {
      xTies += (xRun * (xRun - 1)) / 2;
      xRun = 1;
    }
    if (sameXY) jointRun++;
    else {
      jointTies += (jointRun * (jointRun - 1)) / 2;
      jointRun = 1;
    }
  }

  // Discordant pairs: swaps of a bottom-up merge sort on y (strictly greater only).
  let swaps = 0;
  let buffer = new Float64Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (ys[j]! < ys[i]!) {
          buffer[k++] = ys[j++]!;
          swaps += mid - i;
        } else buffer[k++] = ys[i++]!;
      }
      while (i < mid) buffer[k++] = ys[i++]!;
      while (j < hi) buffer[k++] = ys[j++]!;
    }
    [ys, buffer] = [buffer, ys];
  }

  // n_2 (tied in y), from runs in the sorted y.
  let yTies = 0;
  let yRun = 1;
  for (let k = 1; k <= n; k++) {
    if (k < n && ys[k] === ys[k - 1]) yRun++;
    else {
      yTies += (yRun * (yRun - 1)) / 2;
      yRun = 1;
    }
  }

  const total = (n * (n - 1)) / 2;
  const denominator = Math.sqrt(total - xTies) * Math.sqrt(total - yTies);
  if (!(denominator > 0)) return Number.NaN;
  return (total - xTies - yTies + jointTies - 2 * swaps) / denominator;
}
