import { decodeText } from './decodeText.ts';
import { finishBoundaries } from './finishBoundaries.ts';
import { parseJsonText } from './parseJsonText.ts';
import type { BinaryInput, ReadBoundariesResult } from './types.ts';

/** Options of {@link readGeoJson}. */
export interface ReadGeoJsonOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
}

/**
 * Reads village boundaries from GeoJSON text or bytes into a WGS84 longitude/latitude
 * FeatureCollection (a lone Feature or geometry is wrapped).
 *
 * Checks and repairs, each with a diagnostic: invalid JSON (`INVALID_JSON` with line and column);
 * latitude/longitude order (`SWAPPED_COORDINATES`: positions that fall in Indonesia, longitude
 * 94–142 and latitude −11–6, only once swapped are swapped back); projected coordinates
 * (beyond ±180/±90: reprojected with proj4 when a `crs` member names an EPSG code proj4 knows,
 * such as UTM `EPSG:32749`, with `REPROJECTED`; otherwise `PROJECTED_COORDINATES` or `UNKNOWN_CRS`
 * and no features, never drawn in the wrong place); features outside Indonesia
 * (`OUTSIDE_INDONESIA`); and every geometry with `validateGeometry` of `@lokus/geo` (unclosed
 * rings closed, rings rewound to RFC 7946, too few points and self-intersections reported;
 * MultiPolygons and their holes are kept). Properties are returned unchanged: a name such as
 * `<img src=x onerror=alert(1)>` stays that exact text, and escaping it is the renderer's job.
 *
 * Villages that cannot be drawn where they belong (a position at (0, 0), one feature abroad or
 * in projected metres among the rest, an invalid or missing geometry) are set aside: left out of
 * `features`, listed in `setAside`, each with a warning; a file with nothing left, empty, or
 * nested deeper than 100 levels (`NESTING_TOO_DEEP`, checked before parsing) is refused.
 *
 * Method: `JSON.parse`, passes over the positions, proj4 (proj4js.org), `validateGeometry`
 * (self-intersections from an R-tree of the edges). O(positions · log positions).
 *
 * @example
 * const text = '{"type":"Feature","properties":{"kode":"33.21.01.2001"},"geometry":{"type":"Point","coordinates":[-6.9,110.5]}}';
 * readGeoJson(text).diagnostics.map((d) => d.code);
 * // => ['SWAPPED_COORDINATES', 'GEOMETRY_NOT_POLYGON', 'NO_FEATURES']
 */
export function readGeoJson(
  input: BinaryInput,
  options: ReadGeoJsonOptions = {},
): ReadBoundariesResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const decoded = decodeText(input, where);
  if (decoded.text.trim() === '') {
    return {
      features: { type: 'FeatureCollection', features: [] },
      diagnostics: [
        { code: 'EMPTY_FILE', severity: 'error', message: 'The file is empty.', ...where },
      ],
      setAside: [],
    };
  }
  const parsed = parseJsonText(decoded.text, 'INVALID_JSON', options.file);
  if (!parsed.ok) {
    return {
      features: { type: 'FeatureCollection', features: [] },
      diagnostics: [...decoded.diagnostics, parsed.diagnostic],
      setAside: [],
    };
  }
  const value = parsed.value as { crs?: { properties?: { name?: unknown } } } | null;
  const crs = value?.crs?.properties?.name;
  const result = finishBoundaries(parsed.value, {
    ...where,
    ...(typeof crs === 'string' ? { crs } : {}),
  });
  return { ...result, diagnostics: [...decoded.diagnostics, ...result.diagnostics] };
}
