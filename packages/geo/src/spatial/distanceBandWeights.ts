import Flatbush from 'flatbush';
import { EARTH_RADIUS_KM, greatCircleDistance } from './greatCircleDistance.ts';
import { pointCoordinates } from './pointCoordinates.ts';
import type { Points, SpatialWeights } from './types.ts';

/** Options of {@link distanceBandWeights}. */
export interface DistanceBandOptions {
  /** 1 for every neighbour (default true), else distance^alpha. */
  readonly binary?: boolean;
  /** Power of the distance when not binary (default -1, inverse distance). */
  readonly alpha?: number;
  /**
   * `planar`: Euclidean distance in coordinate units (default). `great-circle`: points are
   * lon/lat degrees and distances are haversine kilometres on a sphere of radius 6371.0088 km.
   */
  readonly metric?: 'planar' | 'great-circle';
}

/**
 * Distance-band weights: every other point within `threshold` (inclusive) is a neighbour, with
 * weight 1 (`binary`) or distance^alpha (PySAL's `DistanceBand`; R spdep's `dnearneigh(x, 0, d)`
 * for the neighbour sets). Symmetric. Points with nothing within the band are islands.
 *
 * Method: Flatbush R-tree box search around each point (for `great-circle`, a box of the band's
 * latitude span widened by 1 / cos(latitude)), then the exact distance. O(n log n + nnz).
 *
 * @param points - Points as `[x, y]` pairs or interleaved coordinates.
 * @param threshold - Band width, > 0 (coordinate units, or km for `great-circle`).
 * @param options - `binary`, `alpha`, `metric`.
 * @example
 * Array.from(distanceBandWeights([[0, 0], [1, 0], [3, 0]], 1.5).neighbours); // => [1, 0]
 */
export function distanceBandWeights(
  points: Points,
  threshold: number,
  options: DistanceBandOptions = {},
): SpatialWeights {
  const { binary = true, alpha = -1, metric = 'planar' } = options;
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new Error('distanceBandWeights requires a positive finite threshold');
  }
  const xy = pointCoordinates('distanceBandWeights', points);
  const n = xy.length / 2;
  const offsets = new Int32Array(n + 1);
  if (n === 0) {
    return {
      n,
      offsets,
      neighbours: new Int32Array(0),
      weights: new Float64Array(0),
      style: 'binary',
    };
  }
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) index.add(xy[2 * i]!, xy[2 * i + 1]!);
  index.finish();
  const cols: number[] = [];
  const vals: number[] = [];
  const latSpan = (threshold / EARTH_RADIUS_KM) * (180 / Math.PI);
  for (let i = 0; i < n; i++) {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    let dx = threshold;
    let dy = threshold;
    if (metric === 'great-circle') {
      dy = latSpan;
      const maxLat = Math.min(89.999, Math.abs(y) + latSpan);
      dx = Math.min(180, latSpan / Math.cos((maxLat * Math.PI) / 180));
    }
    const found = index.search(x - dx, y - dy, x + dx, y + dy).sort((a, b) => a - b);
    for (const j of found) {
      if (j === i) continue;
      const d =
        metric === 'great-circle'
          ? greatCircleDistance(x, y, xy[2 * j]!, xy[2 * j + 1]!)
          : Math.hypot(x - xy[2 * j]!, y - xy[2 * j + 1]!);
      if (d > threshold) continue;
      if (!binary && d === 0) {
        throw new Error('distanceBandWeights requires distinct points for distance weights');
      }
      cols.push(j);
      vals.push(binary ? 1 : d ** alpha);
    }
    offsets[i + 1] = cols.length;
  }
  return {
    n,
    offsets,
    neighbours: Int32Array.from(cols),
    weights: Float64Array.from(vals),
    style: binary ? 'binary' : 'distance',
  };
}
