import type { SpatialWeights } from './types.ts';

/**
 * Row-standardised weights (style "W" in R spdep, transform "r" in PySAL): each weight divided by
 * its row sum, so every non-empty row sums to 1. Islands keep an empty row (spdep's
 * `zero.policy = TRUE`). Returns new arrays; the input is not changed.
 *
 * Complexity: O(n + nnz).
 *
 * @param w - Weights with non-negative entries.
 * @example
 * const w = rowStandardise(weightsFromLists([[1, 2], [0], [0]]));
 * Array.from(w.weights); // => [0.5, 0.5, 1, 1]
 */
export function rowStandardise(w: SpatialWeights): SpatialWeights {
  const weights = new Float64Array(w.weights.length);
  for (let i = 0; i < w.n; i++) {
    const from = w.offsets[i]!;
    const to = w.offsets[i + 1]!;
    let sum = 0;
    for (let k = from; k < to; k++) sum += w.weights[k]!;
    if (sum === 0) continue;
    for (let k = from; k < to; k++) weights[k] = w.weights[k]! / sum;
  }
  return {
    n: w.n,
    offsets: w.offsets.slice(),
    neighbours: w.neighbours.slice(),
    weights,
    style: 'row',
  };
}
