import type { SpatialWeights } from './types.ts';

/** Output of {@link weightsSummary}. */
export interface WeightsSummary {
  readonly n: number;
  /** Number of stored (non-zero) weights. */
  readonly nonZero: number;
  /** Mean number of neighbours (self-weights not counted). */
  readonly meanNeighbours: number;
  readonly minNeighbours: number;
  readonly maxNeighbours: number;
  /** Number of observations without a neighbour. */
  readonly islands: number;
  /** Whether w_ij = w_ji for every pair (structure and values). */
  readonly symmetric: boolean;
  /** S0, the sum of all weights. */
  readonly s0: number;
}

/**
 * Summary of spatial weights, like R spdep's `summary.nb` and PySAL's `W` attributes
 * (`mean_neighbors`, `min_neighbors`, `islands`, `asymmetry`).
 *
 * Complexity: O(n + nnz log d) (binary search of each reverse link in sorted rows).
 *
 * @param w - Spatial weights.
 * @example
 * weightsSummary(weightsFromLists([[1], [0], []])).islands; // => 1
 */
export function weightsSummary(w: SpatialWeights): WeightsSummary {
  const { n, offsets, neighbours, weights } = w;
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let total = 0;
  let islandCount = 0;
  let s0 = 0;
  let symmetric = true;
  for (let i = 0; i < n; i++) {
    let degree = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = neighbours[k]!;
      s0 += weights[k]!;
      if (j !== i) degree++;
      if (symmetric && weights[k] !== weightAt(w, j, i)) symmetric = false;
    }
    total += degree;
    if (degree < min) min = degree;
    if (degree > max) max = degree;
    if (degree === 0) islandCount++;
  }
  return {
    n,
    nonZero: neighbours.length,
    meanNeighbours: n === 0 ? Number.NaN : total / n,
    minNeighbours: n === 0 ? 0 : min,
    maxNeighbours: max,
    islands: islandCount,
    symmetric,
    s0,
  };
}

/** w_ij by binary search in the sorted row i, 0 when absent. */
function weightAt(w: SpatialWeights, i: number, j: number): number {
  let lo = w.offsets[i]!;
  let hi = w.offsets[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = w.neighbours[mid]!;
    if (c === j) return w.weights[mid]!;
    if (c < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
