import { area } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { AnyFeature, AnyFeatureCollection } from './types.ts';

/**
 * Area in square metres of a feature, geometry or collection (polygons only; holes subtracted).
 *
 * Method: turf `area`, the spherical excess formula of Chamberlain & Duquette, "Some Algorithms
 * for Polygons on a Sphere" (JPL, 2007), on a sphere of radius 6,371,008.8 m. O(n).
 *
 * @example
 * Math.round(featureArea({ type: 'Polygon', coordinates: [[[110, -7], [110.01, -7], [110.01, -6.99], [110, -6.99], [110, -7]]] }) / 1e4);
 * // => 123
 */
export function featureArea(input: AnyFeature | AnyFeatureCollection | Geometry): number {
  if (input == null || typeof input !== 'object') {
    throw new Error('featureArea requires a GeoJSON object');
  }
  return area(input);
}
