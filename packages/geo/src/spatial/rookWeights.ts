import type { FlatPolygons } from '../flat/types.ts';
import { contiguity, type PolygonFeatures } from './contiguity.ts';
import type { ContiguityOptions, ContiguityWeights } from './types.ts';

/**
 * Rook contiguity: two polygons are neighbours when they share a boundary edge, i.e. the same two
 * consecutive ring vertices (after snapping). Binary, symmetric weights in CSR form; islands and
 * empty geometries are reported as for {@link queenWeights}.
 *
 * Method: vertices are snapped and merged as in {@link queenWeights}; each ring edge becomes the
 * sorted pair of its merged end vertices, and edges are radix-sorted; polygons holding the same
 * edge are neighbours. This is PySAL's `Rook` criterion (a shared edge) and matches it on the Demak village
 * boundaries. R spdep's `poly2nb(queen = FALSE)` differs: it joins polygons that share two or more
 * boundary points, even when those points are not consecutive (polygons touching at two separate
 * corners), which on Demak adds 3 of 624 pairs. Not detected: edges that overlap without sharing
 * both end vertices (one boundary densified more than the other).
 *
 * Complexity: O(V) for V vertices (radix passes), plus sorting each row.
 *
 * @param features - GeoJSON features with `Polygon` or `MultiPolygon` geometry, or the same as
 *   {@link FlatPolygons} (`readFlatGeoJson`, `flatPolygons`).
 * @param options - `tolerance` (default 1e-7 coordinate units), `idProperty` (default `kode`).
 * @example
 * const square = (x: number, y: number): Feature<Polygon> => ({ type: 'Feature', properties: {},
 *   geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] } });
 * rookWeights([square(0, 0), square(1, 1)]).islands.length; // => 2 (corner contact only)
 */
export function rookWeights(
  features: PolygonFeatures,
  options: ContiguityOptions = {},
): ContiguityWeights {
  return contiguity('rookWeights', features, 'rook', options);
}
