import type { SpatialWeights } from './types.ts';

/**
 * Adds each observation to its own neighbours with weight `weight` (R spdep's `include.self`), as
 * Getis–Ord Gi* uses. Existing self-weights are kept. Style becomes `custom` unless the input is
 * binary and `weight` is 1.
 *
 * Complexity: O(n + nnz).
 *
 * @param w - Spatial weights.
 * @param options - `weight` of the added diagonal entries (default 1).
 * @example
 * Array.from(includeSelf(weightsFromLists([[1], [0]])).neighbours); // => [0, 1, 0, 1]
 */
export function includeSelf(
  w: SpatialWeights,
  options: { readonly weight?: number } = {},
): SpatialWeights {
  const { weight = 1 } = options;
  if (!Number.isFinite(weight)) throw new Error('includeSelf requires a finite weight');
  const offsets = new Int32Array(w.n + 1);
  const neighbours = new Int32Array(w.neighbours.length + w.n);
  const weights = new Float64Array(w.neighbours.length + w.n);
  let at = 0;
  for (let i = 0; i < w.n; i++) {
    let placed = false;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
      const j = w.neighbours[k]!;
      if (!placed && j >= i) {
        if (j !== i) {
          neighbours[at] = i;
          weights[at++] = weight;
        }
        placed = true;
      }
      neighbours[at] = j;
      weights[at++] = w.weights[k]!;
    }
    if (!placed) {
      neighbours[at] = i;
      weights[at++] = weight;
    }
    offsets[i + 1] = at;
  }
  return {
    n: w.n,
    offsets,
    neighbours: neighbours.slice(0, at),
    weights: weights.slice(0, at),
    style: w.style === 'binary' && weight === 1 ? 'binary' : 'custom',
  };
}
