import { rewind } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { signedArea } from './ring.ts';
import { ringIntersections } from './ringIntersections.ts';
import type { AnyFeature, PlacesDiagnostic } from './types.ts';

/** Options of {@link validateGeometry}: context copied into every diagnostic. */
export interface ValidateGeometryOptions {
  readonly file?: string;
  /** 1-based feature number in its file. */
  readonly row?: number;
  /** Village code of the feature. */
  readonly village?: string;
  /** Most positions examined; a larger geometry is reported, not checked. Default 2,000,000. */
  readonly maxVertices?: number;
}

/** Result of {@link validateGeometry}. */
export interface ValidateGeometryResult {
  /** `true` when no diagnostic is an error. */
  readonly valid: boolean;
  /**
   * The feature with unclosed rings closed and rings rewound to RFC 7946 (shells
   * counter-clockwise, holes clockwise); the input itself when nothing needed repair.
   */
  readonly feature: AnyFeature;
  readonly diagnostics: readonly PlacesDiagnostic[];
}

const finite = (p: Position): boolean =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/**
 * Checks a village polygon and repairs what can be repaired without guessing.
 *
 * Errors: `GEOMETRY_MISSING` (no geometry), `GEOMETRY_NOT_POLYGON` (another geometry type),
 * `GEOMETRY_NAN_COORDINATE` (a position that is not two finite numbers),
 * `GEOMETRY_TOO_FEW_POINTS` (a ring with fewer than 4 positions once closed),
 * `GEOMETRY_SELF_INTERSECTION` (edges of one ring that cross or touch, or edges of two rings that
 * cross away from their vertices, the segment test of turf `kinks` on candidate pairs from a
 * Flatbush R-tree; rings touching at a shared vertex are valid; `value` holds up to five of the
 * points), `GEOMETRY_TOO_MANY_VERTICES` (more than `maxVertices` positions; not examined
 * further). Rings crossing exactly at a shared vertex and
 * holes outside their shell are not detected. Repaired: `GEOMETRY_UNCLOSED_RING` (warning; the first position is
 * appended) and `GEOMETRY_WRONG_WINDING` (info; rewound with turf `rewind`, as RFC 7946 §3.1.6
 * asks: exterior rings counter-clockwise, holes clockwise).
 *
 * Method: one pass over the rings for coordinates, closure and signed area (shoelace), then
 * the self-intersection search: a Flatbush packed R-tree of the edges and one box query per
 * edge, O(n log n) for the short edges of real boundaries (the pairwise test of turf `kinks` was
 * O(n²): 44 s for one ring of 100,000 vertices). Skipped when an earlier error makes the
 * geometry unreadable.
 *
 * @example
 * const ring = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]; // clockwise
 * validateGeometry({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } })
 *   .diagnostics.map((d) => d.code);
 * // => ['GEOMETRY_WRONG_WINDING']
 */
export function validateGeometry(
  feature: AnyFeature,
  options: ValidateGeometryOptions = {},
): ValidateGeometryResult {
  if (feature == null || feature.type !== 'Feature') {
    throw new Error('validateGeometry requires a GeoJSON Feature');
  }
  const where = {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.row === undefined ? {} : { row: options.row }),
    ...(options.village === undefined ? {} : { village: options.village }),
  };
  const label =
    options.village ?? (options.row === undefined ? 'The feature' : `Feature ${options.row}`);
  const diagnostics: PlacesDiagnostic[] = [];
  const result = (f: AnyFeature): ValidateGeometryResult => ({
    valid: !diagnostics.some((d) => d.severity === 'error'),
    feature: f,
    diagnostics,
  });
  const g: Geometry | null = feature.geometry;
  if (g == null) {
    diagnostics.push({
      code: 'GEOMETRY_MISSING',
      severity: 'error',
      message: `${label} has no geometry.`,
      ...where,
    });
    return result(feature);
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    diagnostics.push({
      code: 'GEOMETRY_NOT_POLYGON',
      severity: 'error',
      message: `${label} is a ${g.type}, not a Polygon or MultiPolygon.`,
      ...where,
      value: g.type,
    });
    return result(feature);
  }
  const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const { maxVertices = 2_000_000 } = options;
  let vertices = 0;
  for (const rings of Array.isArray(polygons) ? polygons : []) {
    for (const ring of Array.isArray(rings) ? rings : []) {
      vertices += Array.isArray(ring) ? ring.length : 0;
    }
  }
  if (vertices > maxVertices) {
    diagnostics.push({
      code: 'GEOMETRY_TOO_MANY_VERTICES',
      severity: 'error',
      message: `${label} has ${vertices} positions, more than the ${maxVertices} that are checked; simplify the boundary.`,
      ...where,
      value: vertices,
    });
    return result(feature);
  }
  let closedAny = false;
  let wrongWinding = 0;
  let unreadable = false;
  const repaired: Position[][][] = polygons.map((rings, p) =>
    (Array.isArray(rings) ? rings : []).map((ring, r) => {
      const where2 = g.type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
      if (!Array.isArray(ring) || !ring.every(finite)) {
        unreadable = true;
        diagnostics.push({
          code: 'GEOMETRY_NAN_COORDINATE',
          severity: 'error',
          message: `${label} has a position that is not two finite numbers in ${where2}.`,
          ...where,
        });
        return ring;
      }
      let out = ring;
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (
        first !== undefined &&
        last !== undefined &&
        (first[0] !== last[0] || first[1] !== last[1])
      ) {
        closedAny = true;
        out = [...ring, first];
        diagnostics.push({
          code: 'GEOMETRY_UNCLOSED_RING',
          severity: 'warning',
          message: `${label} has an unclosed ${where2}; closed by repeating its first position.`,
          ...where,
        });
      }
      if (out.length < 4) {
        unreadable = true;
        diagnostics.push({
          code: 'GEOMETRY_TOO_FEW_POINTS',
          severity: 'error',
          message: `${label} has ${out.length} positions in ${where2}; a closed ring needs at least 4.`,
          ...where,
          value: out.length,
        });
        return out;
      }
      const a = signedArea(out);
      if ((r === 0 && a < 0) || (r > 0 && a > 0)) wrongWinding++;
      return out;
    }),
  );
  if (unreadable) return result(feature);
  let geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: repaired[0]! }
      : { type: 'MultiPolygon', coordinates: repaired };
  // Within a ring every crossing or touch counts; between rings, touching at a shared vertex is
  // allowed (OGC simple features), so only crossings away from the vertices count.
  const found = ringIntersections(repaired.flat());
  if (found.length > 0) {
    diagnostics.push({
      code: 'GEOMETRY_SELF_INTERSECTION',
      severity: 'error',
      message: `${label} has ${found.length} self-intersection point(s), e.g. at ${found[0]!.join(', ')}.`,
      ...where,
      value: found.slice(0, 5),
    });
  }
  if (wrongWinding > 0) {
    geometry = rewind(geometry, { reverse: false }) as Polygon | MultiPolygon;
    diagnostics.push({
      code: 'GEOMETRY_WRONG_WINDING',
      severity: 'info',
      message: `${label} has ${wrongWinding} ring(s) wound against RFC 7946; rewound (exterior counter-clockwise, holes clockwise).`,
      ...where,
      value: wrongWinding,
    });
  }
  return result(closedAny || wrongWinding > 0 ? { ...feature, geometry } : feature);
}
