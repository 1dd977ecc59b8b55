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
  const report: Report = { label, where, diagnostics: [] };
  const result = (f: AnyFeature): ValidateGeometryResult => ({
    valid: !report.diagnostics.some((d) => d.severity === 'error'),
    feature: f,
    diagnostics: report.diagnostics,
  });
  // 1. A polygon at all, and not too large to check.
  const g = polygonGeometry(feature.geometry, report);
  if (g === null) return result(feature);
  const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (tooManyVertices(polygons, options.maxVertices ?? 2_000_000, report)) return result(feature);
  // 2. Each ring readable, closed (repaired), long enough; windings counted.
  const rings = checkRings(polygons, g.type, report);
  if (rings.unreadable) return result(feature);
  // 3. Self-intersections. 4. Winding repaired to RFC 7946.
  reportSelfIntersections(rings.repaired, report);
  let geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rings.repaired[0]! }
      : { type: 'MultiPolygon', coordinates: rings.repaired };
  if (rings.wrongWinding > 0) {
    geometry = rewind(geometry, { reverse: false }) as Polygon | MultiPolygon;
    report.diagnostics.push({
      code: 'GEOMETRY_WRONG_WINDING',
      severity: 'info',
      message: `${label} has ${rings.wrongWinding} ring(s) wound against RFC 7946; rewound (exterior counter-clockwise, holes clockwise).`,
      ...where,
      value: rings.wrongWinding,
    });
  }
  const changed = rings.closedAny || rings.wrongWinding > 0;
  return result(changed ? { ...feature, geometry } : feature);
}

/** Where the diagnostics of one feature go, and how they name it. */
interface Report {
  readonly label: string;
  readonly where: { readonly file?: string; readonly row?: number; readonly village?: string };
  readonly diagnostics: PlacesDiagnostic[];
}

/** The geometry if it is a Polygon or MultiPolygon; else null with `GEOMETRY_MISSING` or `GEOMETRY_NOT_POLYGON`. */
function polygonGeometry(g: Geometry | null, report: Report): Polygon | MultiPolygon | null {
  const { label, where, diagnostics } = report;
  if (g == null) {
    diagnostics.push({
      code: 'GEOMETRY_MISSING',
      severity: 'error',
      message: `${label} has no geometry.`,
      ...where,
    });
    return null;
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    diagnostics.push({
      code: 'GEOMETRY_NOT_POLYGON',
      severity: 'error',
      message: `${label} is a ${g.type}, not a Polygon or MultiPolygon.`,
      ...where,
      value: g.type,
    });
    return null;
  }
  return g;
}

/** True (with `GEOMETRY_TOO_MANY_VERTICES`) when the positions exceed `maxVertices`. */
function tooManyVertices(polygons: Position[][][], maxVertices: number, report: Report): boolean {
  let vertices = 0;
  for (const rings of Array.isArray(polygons) ? polygons : []) {
    for (const ring of Array.isArray(rings) ? rings : []) {
      vertices += Array.isArray(ring) ? ring.length : 0;
    }
  }
  if (vertices <= maxVertices) return false;
  report.diagnostics.push({
    code: 'GEOMETRY_TOO_MANY_VERTICES',
    severity: 'error',
    message: `${report.label} has ${vertices} positions, more than the ${maxVertices} that are checked; simplify the boundary.`,
    ...report.where,
    value: vertices,
  });
  return true;
}

/**
 * Every ring: positions of two finite numbers (`GEOMETRY_NAN_COORDINATE`), closed (an unclosed
 * ring repaired with `GEOMETRY_UNCLOSED_RING`), at least 4 positions (`GEOMETRY_TOO_FEW_POINTS`);
 * rings wound against RFC 7946 are counted.
 */
function checkRings(
  polygons: Position[][][],
  type: 'Polygon' | 'MultiPolygon',
  report: Report,
): { repaired: Position[][][]; closedAny: boolean; wrongWinding: number; unreadable: boolean } {
  const { label, where, diagnostics } = report;
  let closedAny = false;
  let wrongWinding = 0;
  let unreadable = false;
  const repaired: Position[][][] = polygons.map((rings, p) =>
    (Array.isArray(rings) ? rings : []).map((ring, r) => {
      const where2 = type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
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
  return { repaired, closedAny, wrongWinding, unreadable };
}

/**
 * `GEOMETRY_SELF_INTERSECTION`: within a ring every crossing or touch counts; between rings,
 * touching at a shared vertex is allowed (OGC simple features), so only crossings away from the
 * vertices count.
 */
function reportSelfIntersections(repaired: Position[][][], report: Report): void {
  const found = ringIntersections(repaired.flat());
  if (found.length === 0) return;
  report.diagnostics.push({
    code: 'GEOMETRY_SELF_INTERSECTION',
    severity: 'error',
    message: `${report.label} has ${found.length} self-intersection point(s), e.g. at ${found[0]!.join(', ')}.`,
    ...report.where,
    value: found.slice(0, 5),
  });
}
