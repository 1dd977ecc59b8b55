import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { polygonsOf, signedArea } from './ring.ts';

/** Options of {@link labelPoint}. */
export interface LabelPointOptions {
  /**
   * Stop refining when a better point could gain less than this, in coordinate units.
   * Default: 1/1000 of the larger side of the part's bounding box (about 3 m for a 3 km village).
   */
  readonly precision?: number;
}

/** Midpoint of the widest inside stretch of a horizontal line through the part. O(n log n). */
function scanline(rings: readonly Position[][]): [number, number] {
  const ys = rings[0]!.map((p) => p[1]!).sort((a, b) => a - b);
  // Halfway between the two middle distinct vertex heights, so the line meets no vertex.
  const mid = ys[ys.length >> 1]!;
  const next = ys.find((y) => y > mid) ?? mid;
  const y = (mid + next) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y) {
        xs.push(a[0]! + ((y - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!));
      }
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [rings[0]![0]![0]!, rings[0]![0]![1]!];
  let width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1]! - xs[k]! > width)
      [best, width] = [[(xs[k]! + xs[k + 1]!) / 2, y], xs[k + 1]! - xs[k]!];
  }
  return best;
}

/**
 * A point for a village's label that is guaranteed to lie inside the polygon (for a
 * MultiPolygon, inside its largest part): the pole of inaccessibility, the interior point
 * farthest from the boundary, so labels sit in the visual middle of concave and holed shapes.
 *
 * Method: the maintained `polylabel` package (V. Agafonkin, Mapbox, 2016, "A new algorithm for
 * finding a visual centre of a polygon"): a best-first quadtree search over cells, bounded by the
 * distance at the centre plus the half-diagonal. Chosen over turf `pointOnFeature`, which returns the centroid when it
 * is inside and otherwise snaps to a vertex, i.e. onto the boundary. Distances are planar in
 * lon/lat, which at Indonesian latitudes (|lat| < 11°) distorts by under 2%. The result is
 * inside (positive distance) whenever the part has positive area; for slivers thinner than
 * the search resolution a scanline midpoint is returned instead. O(n · c) for n vertices and
 * c cells visited (typically a few hundred).
 *
 * @param feature - A Polygon or MultiPolygon feature or geometry.
 * @returns `[lon, lat]`.
 * @example
 * labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] });
 * // => [2, 1]
 */
export function labelPoint(
  feature: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon,
  options: LabelPointOptions = {},
): [number, number] {
  const geometry = feature?.type === 'Feature' ? feature.geometry : feature;
  const parts = polygonsOf(geometry).filter((p) => p[0] !== undefined && p[0].length >= 4);
  if (parts.length === 0)
    throw new Error('labelPoint requires a Polygon or MultiPolygon with a ring');
  let largest = parts[0]!;
  let largestArea = -1;
  for (const p of parts) {
    let a = Math.abs(signedArea(p[0]!));
    for (const hole of p.slice(1)) a -= Math.abs(signedArea(hole));
    if (a > largestArea) [largest, largestArea] = [p, a];
  }
  const { precision } = options;
  if (precision !== undefined && !(precision > 0)) {
    throw new Error('labelPoint requires a positive precision');
  }
  const outer = largest[0]!;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of outer) {
    minX = Math.min(minX, p[0]!);
    minY = Math.min(minY, p[1]!);
    maxX = Math.max(maxX, p[0]!);
    maxY = Math.max(maxY, p[1]!);
  }
  const best = polylabel(
    largest as [number, number][][],
    precision ?? Math.max(maxX - minX, maxY - minY) / 1000,
  );
  // A sliver thinner than the search resolution: fall back to a scanline through the part.
  return best.distance > 0 ? [best[0]!, best[1]!] : scanline(largest);
}
