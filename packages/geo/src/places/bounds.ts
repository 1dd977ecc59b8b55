import type { Geometry, Position } from 'geojson';
import type { AnyFeature, AnyFeatureCollection, BBox2 } from './types.ts';

function visit(coords: unknown, box: [number, number, number, number]): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    const [x, y] = coords as Position;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (x! < box[0]) box[0] = x!;
      if (y! < box[1]) box[1] = y!;
      if (x! > box[2]) box[2] = x!;
      if (y! > box[3]) box[3] = y!;
    }
    return;
  }
  for (const c of coords) visit(c, box);
}

function visitGeometry(g: Geometry | null, box: [number, number, number, number]): void {
  if (g == null) return;
  if (g.type === 'GeometryCollection') for (const m of g.geometries) visitGeometry(m, box);
  else visit(g.coordinates, box);
}

/**
 * The bounding box `[west, south, east, north]` of a collection, feature or geometry, skipping
 * missing geometries and non-finite coordinates.
 *
 * Method: one pass over all positions, in the coordinates' own units (no antimeridian handling:
 * Indonesia lies within 95°E–141°E). O(n).
 *
 * @returns The box, or `null` when there is no finite coordinate.
 * @example
 * bounds({ type: 'LineString', coordinates: [[110, -7], [111, -6.5], [NaN, 0]] });
 * // => [110, -7, 111, -6.5]
 */
export function bounds(input: AnyFeatureCollection | AnyFeature | Geometry): BBox2 | null {
  if (input == null || typeof input !== 'object') {
    throw new Error('bounds requires a GeoJSON object');
  }
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  if (input.type === 'FeatureCollection')
    for (const f of input.features) visitGeometry(f.geometry, box);
  else if (input.type === 'Feature') visitGeometry(input.geometry, box);
  else visitGeometry(input, box);
  return box[0] === Infinity ? null : box;
}
