/**
 * Polygon features as flat typed arrays instead of a GeoJSON object tree: about 16 bytes per
 * vertex instead of about 80, and no per-vertex objects for the garbage collector.
 *
 * Feature i has polygons `featureOffsets[i] … featureOffsets[i + 1] − 1`; polygon p has rings
 * `polygonOffsets[p] … polygonOffsets[p + 1] − 1` (the first is the outer ring); ring r has
 * vertices `ringOffsets[r] … ringOffsets[r + 1] − 1`; vertex v is
 * (`coordinates[2v]`, `coordinates[2v + 1]`). Rings keep their closing vertex as given. A feature
 * whose geometry is null, empty or not a Polygon/MultiPolygon has no polygons; its type is in
 * `geometryTypes`.
 */
export interface FlatPolygons {
  /** Number of features. */
  readonly length: number;
  /** x0, y0, x1, y1, … of every ring vertex in order (z and further values are dropped). */
  readonly coordinates: Float64Array;
  /** Vertex offsets of the rings, length rings + 1. */
  readonly ringOffsets: Int32Array;
  /** Ring offsets of the polygons, length polygons + 1. */
  readonly polygonOffsets: Int32Array;
  /** Polygon offsets of the features, length features + 1. */
  readonly featureOffsets: Int32Array;
  /** GeoJSON geometry type of each feature (`null` for a null geometry). */
  readonly geometryTypes: readonly (string | null)[];
  /** Properties of each feature as parsed. */
  readonly properties: readonly (Readonly<Record<string, unknown>> | null)[];
}
