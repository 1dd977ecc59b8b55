import type { SpatialWeights } from './types.ts';

/**
 * Keeps the observations where `keep[i]` is truthy and renumbers them 0, 1, … in order (R spdep's
 * `subset.nb`): links to dropped observations disappear, so a kept observation may become an
 * island. Weights are copied as they are: re-apply {@link rowStandardise} after subsetting
 * row-standardised weights. Use it to drop villages with missing values before `moranI`.
 *
 * Complexity: O(n + nnz).
 *
 * @param w - Spatial weights.
 * @param keep - One flag per observation.
 * @example
 * subsetWeights(weightsFromLists([[1], [0, 2], [1]]), [true, false, true]).neighbours.length; // => 0
 */
export function subsetWeights(
  w: SpatialWeights,
  keep: ArrayLike<boolean | number>,
): SpatialWeights {
  if (keep.length !== w.n) throw new Error('subsetWeights requires one keep flag per observation');
  const index = new Int32Array(w.n).fill(-1);
  let m = 0;
  for (let i = 0; i < w.n; i++) if (keep[i]) index[i] = m++;
  const offsets = new Int32Array(m + 1);
  const neighbours = new Int32Array(w.neighbours.length);
  const weights = new Float64Array(w.neighbours.length);
  let at = 0;
  for (let i = 0; i < w.n; i++) {
    const row = index[i]!;
    if (row < 0) continue;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
      const j = index[w.neighbours[k]!]!;
      if (j < 0) continue;
      neighbours[at] = j;
      weights[at++] = w.weights[k]!;
    }
    offsets[row + 1] = at;
  }
  return {
    n: m,
    offsets,
    neighbours: neighbours.slice(0, at),
    weights: weights.slice(0, at),
    style: w.style,
  };
}
