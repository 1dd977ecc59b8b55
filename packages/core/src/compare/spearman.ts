import { sampleCorrelation } from 'simple-statistics';
import { radixOrder } from '../rank/radixOrder.ts';

/**
 * Spearman's rank correlation rho: Pearson's correlation of the two variables' ranks, tied
 * values getting the average of the ranks they span (midranks), as R's
 * `cor(x, y, method = "spearman")` and scipy's `spearmanr`. Pairs where either value is `NaN` are
 * left out. Returns `NaN` with fewer than two pairs or when either variable is constant.
 *
 * Method: Spearman (1904): midranks from a radix sort, then simple-statistics
 * `sampleCorrelation` (Pearson). Complexity: O(n) for the radix passes plus O(n) for Pearson.
 *
 * @example
 * spearman([1, 2, 3, 4], [1, 3, 2, 4]); // => 0.7999999999999999
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) {
    throw new Error(`spearman requires x and y of equal length (got ${x.length} and ${y.length})`);
  }
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) keep.push(i);
  }
  if (keep.length < 2) return Number.NaN;
  const indices = Int32Array.from(keep);
  const rho = sampleCorrelation(Array.from(midranks(x, indices)), Array.from(midranks(y, indices)));
  return Number.isFinite(rho) ? rho : Number.NaN;
}

/** Ranks (1-based) of values[indices[k]], ties getting the mean of the ranks they span. */
function midranks(values: ArrayLike<number>, indices: Int32Array): Float64Array {
  const n = indices.length;
  const position = new Int32Array(values.length);
  for (let k = 0; k < n; k++) position[indices[k]!] = k;
  const order = radixOrder(values, indices);
  const out = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const v = values[order[start]!]!;
    while (end < n && values[order[end]!] === v) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) out[position[order[k]!]!] = rank;
    start = end;
  }
  return out;
}
