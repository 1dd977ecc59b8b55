import Flatbush from 'flatbush';
import { pointCoordinates } from './pointCoordinates.ts';
import type { Points, SpatialWeights } from './types.ts';

/**
 * k-nearest-neighbour weights: each point's `k` nearest other points by planar (Euclidean)
 * distance, weight 1. Not symmetric in general. Equal distances are broken by the lower index, so
 * the result does not depend on the index's internal order. Use projected coordinates, or accept
 * that lon/lat degrees distort east–west distances by cos(latitude) (under 1.5 % across Indonesia,
 * 11° either side of the equator).
 *
 * Method: a Flatbush packed R-tree over the points and its best-first `neighbors` search, as R
 * spdep's `knearneigh` (planar) and PySAL's `KNN`. O(n log n + n k log n).
 *
 * @param points - Points as `[x, y]` pairs or interleaved coordinates.
 * @param k - Number of neighbours, an integer with 1 ≤ k < number of points.
 * @example
 * Array.from(knnWeights([[0, 0], [1, 0], [3, 0]], 1).neighbours); // => [1, 0, 1]
 */
export function knnWeights(points: Points, k: number): SpatialWeights {
  const xy = pointCoordinates('knnWeights', points);
  const n = xy.length / 2;
  if (!Number.isInteger(k) || k < 1 || k >= n) {
    throw new Error('knnWeights requires an integer k with 1 <= k < number of points');
  }
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) index.add(xy[2 * i]!, xy[2 * i + 1]!);
  index.finish();
  const neighbours = new Int32Array(n * k);
  const offsets = new Int32Array(n + 1);
  const d2 = (i: number, j: number): number => {
    const dx = xy[2 * i]! - xy[2 * j]!;
    const dy = xy[2 * i + 1]! - xy[2 * j + 1]!;
    return dx * dx + dy * dy;
  };
  for (let i = 0; i < n; i++) {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    // k + 1 others plus the point itself: a tie at the k-th distance shows up as a k + 1-th
    // neighbour at the same distance.
    let found = index.neighbors(x, y, k + 2).filter((j) => j !== i);
    const kth = d2(i, found[k - 1]!);
    if (found.length > k && d2(i, found[k]!) <= kth) {
      found = index.neighbors(x, y, Number.POSITIVE_INFINITY, Math.sqrt(kth) * (1 + 1e-9));
      found = found.filter((j) => j !== i && d2(i, j) <= kth);
    }
    const chosen = found
      .map((j) => [d2(i, j), j] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .slice(0, k)
      .map((p) => p[1])
      .sort((a, b) => a - b);
    neighbours.set(chosen, i * k);
    offsets[i + 1] = (i + 1) * k;
  }
  return {
    n,
    offsets,
    neighbours,
    weights: new Float64Array(n * k).fill(1),
    style: 'binary',
  };
}
