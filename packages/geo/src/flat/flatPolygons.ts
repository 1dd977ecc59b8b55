import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { FlatPolygons } from './types.ts';

/** The polygons of a geometry (none for null or another type). */
function polygonsOf(geometry: Geometry | null | undefined): readonly Position[][][] {
  if (!geometry) return [];
  const polygons =
    geometry.type === 'Polygon'
      ? [(geometry as Polygon).coordinates ?? []]
      : geometry.type === 'MultiPolygon'
        ? ((geometry as MultiPolygon).coordinates ?? [])
        : [];
  // Rings without positions and polygons without rings are left out.
  return polygons
    .map((polygon) => polygon.filter((ring) => ring.length > 0))
    .filter((polygon) => polygon.length > 0);
}

/**
 * GeoJSON polygon features as {@link FlatPolygons} (coordinates copied into one
 * `Float64Array`; properties shared, not copied; empty rings and polygons left out). Does not
 * change its input.
 *
 * @param features - GeoJSON features; geometries other than Polygon/MultiPolygon get no polygons.
 * @example
 * const flat = flatPolygons([{ type: 'Feature', properties: { kode: 'a' },
 *   geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] } }]);
 * Array.from(flat.ringOffsets); // => [0, 4]
 */
export function flatPolygons(features: readonly Feature<Geometry | null>[]): FlatPolygons {
  let vertices = 0;
  let rings = 0;
  let polygons = 0;
  for (const feature of features) {
    for (const polygon of polygonsOf(feature?.geometry)) {
      polygons++;
      for (const ring of polygon) {
        rings++;
        vertices += ring.length;
      }
    }
  }
  const coordinates = new Float64Array(2 * vertices);
  const ringOffsets = new Int32Array(rings + 1);
  const polygonOffsets = new Int32Array(polygons + 1);
  const featureOffsets = new Int32Array(features.length + 1);
  let v = 0;
  let r = 0;
  let p = 0;
  features.forEach((feature, i) => {
    for (const polygon of polygonsOf(feature?.geometry)) {
      for (const ring of polygon) {
        for (const position of ring) {
          coordinates[2 * v] = position[0]!;
          coordinates[2 * v++ + 1] = position[1]!;
        }
        ringOffsets[++r] = v;
      }
      polygonOffsets[++p] = r;
    }
    featureOffsets[i + 1] = p;
  });
  return {
    length: features.length,
    coordinates,
    ringOffsets,
    polygonOffsets,
    featureOffsets,
    geometryTypes: features.map((f) => f?.geometry?.type ?? null),
    properties: features.map((f) => (f?.properties as Record<string, unknown> | null) ?? null),
  };
}
