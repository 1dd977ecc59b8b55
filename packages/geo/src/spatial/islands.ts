import type { SpatialWeights } from './types.ts';

/**
 * Observations without any neighbour (an empty row; a self-weight alone also counts as none).
 *
 * Complexity: O(n + nnz).
 *
 * @param w - Spatial weights.
 * @returns Indices, ascending.
 * @example
 * Array.from(islands(weightsFromLists([[1], [0], []]))); // => [2]
 */
export function islands(w: SpatialWeights): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < w.n; i++) {
    let others = 0;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) if (w.neighbours[k] !== i) others++;
    if (others === 0) out.push(i);
  }
  return Int32Array.from(out);
}
