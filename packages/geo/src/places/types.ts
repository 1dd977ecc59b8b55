import type { Diagnostic } from '@lokus/core';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * Diagnostic codes produced by the places functions of `@lokus/geo`.
 *
 * Joins: `JOIN_UNMATCHED_TABLE` (a table row found no boundary), `JOIN_UNMATCHED_BOUNDARY` (a
 * boundary found no table row), `JOIN_DUPLICATE_CODE` (a code seen twice on one side: in the
 * table the first row is joined and later ones reported, a warning; in the boundaries none is
 * joined and each is an error), `JOIN_MALFORMED_CODE` (a code that is
 * not of the form `PP.KK.CC.TDDD`; it can still join on its exact text), `JOIN_CODE_CONFLICT`
 * (two code properties of one feature disagree, e.g. `kode` and `kode10`),
 * `JOIN_CODE_PROPERTY_NOT_FOUND` (no property holds village codes), `JOIN_NOTHING_MATCHED`
 * (nothing joined: another district, or an empty side; the join is refused).
 *
 * Geometry: see {@link validateGeometry}.
 */
export type PlacesDiagnosticCode =
  | 'JOIN_UNMATCHED_TABLE'
  | 'JOIN_UNMATCHED_BOUNDARY'
  | 'JOIN_DUPLICATE_CODE'
  | 'JOIN_MALFORMED_CODE'
  | 'JOIN_CODE_CONFLICT'
  | 'JOIN_CODE_PROPERTY_NOT_FOUND'
  | 'JOIN_NOTHING_MATCHED'
  | 'GEOMETRY_MISSING'
  | 'GEOMETRY_NOT_POLYGON'
  | 'GEOMETRY_NAN_COORDINATE'
  | 'GEOMETRY_TOO_FEW_POINTS'
  | 'GEOMETRY_UNCLOSED_RING'
  | 'GEOMETRY_SELF_INTERSECTION'
  | 'GEOMETRY_WRONG_WINDING'
  | 'GEOMETRY_TOO_MANY_VERTICES';

/** A diagnostic from the places functions of `@lokus/geo`. */
export type PlacesDiagnostic = Diagnostic<PlacesDiagnosticCode>;

/** A bounding box `[west, south, east, north]` in the coordinates of the input (lon/lat). */
export type BBox2 = readonly [number, number, number, number];

/** A feature whose geometry may be missing (`null`), as GeoJSON allows and real files contain. */
export type AnyFeature = Feature<Geometry | null>;

/** A collection of features whose geometries may be missing. */
export type AnyFeatureCollection = FeatureCollection<Geometry | null>;
