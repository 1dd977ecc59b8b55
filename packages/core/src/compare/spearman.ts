import { sampleRankCorrelation } from 'simple-statistics';

/**
 * Spearman's rank correlation rho: Pearson's correlation of the two variables' ranks, tied
 * values getting the average of the ranks they span (midranks), as R's
 * `cor(x, y, method = "spearman")` and scipy's `spearmanr`. Pairs where either value is `NaN` are
 * left out. Returns `NaN` with fewer than two pairs or when either variable is constant.
 *
 * Method: Spearman (1904), via simple-statistics `sampleRankCorrelation`.
 * Complexity: O(n log n).
 *
 * @example
 * spearman([1, 2, 3, 4], [1, 3, 2, 4]); // => 0.7999999999999999
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) {
    throw new Error(`spearman requires x and y of equal length (got ${x.length} and ${y.length})`);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    xs.push(a);
    ys.push(b);
  }
  if (xs.length < 2) return Number.NaN;
  const rho = sampleRankCorrelation(xs, ys);
  return Number.isFinite(rho) ? rho : Number.NaN;
}
