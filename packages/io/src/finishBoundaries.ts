import { detectCodeProperty, validateGeometry } from '@lokus/geo';
import type { Feature, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { INDONESIA_EXTENT } from './indonesiaExtent.ts';
import type { IoDiagnostic, ReadBoundariesResult } from './types.ts';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** A feature whose geometry may be missing, as found in files. */
type AnyFeature = Feature<Geometry | null>;

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies `f` to every position of a geometry, returning a new geometry. */
function mapPositions(g: Geometry | null, f: (p: Position) => Position): Geometry | null {
  if (g == null) return g;
  const walk = (c: unknown): unknown =>
    Array.isArray(c) && typeof c[0] === 'number'
      ? f(c as Position)
      : Array.isArray(c)
        ? c.map(walk)
        : c;
  if (g.type === 'GeometryCollection') {
    return { ...g, geometries: g.geometries.map((x) => mapPositions(x, f) as Geometry) };
  }
  return { ...g, coordinates: walk(g.coordinates) } as Geometry;
}

/** Extent of the finite positions, or `null` when there are none. */
function extentOf(features: readonly AnyFeature[]): Box | null {
  const box: Box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const visit = (p: Position): Position => {
    const [x, y] = p;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      box.west = Math.min(box.west, x!);
      box.east = Math.max(box.east, x!);
      box.south = Math.min(box.south, y!);
      box.north = Math.max(box.north, y!);
    }
    return p;
  };
  for (const f of features) mapPositions(f.geometry, visit);
  return box.west === Infinity ? null : box;
}

const inIndonesia = (b: Box): boolean =>
  b.west >= INDONESIA_EXTENT.west &&
  b.east <= INDONESIA_EXTENT.east &&
  b.south >= INDONESIA_EXTENT.south &&
  b.north <= INDONESIA_EXTENT.north;

const inDegrees = (b: Box): boolean =>
  b.west >= -180 && b.east <= 180 && b.south >= -90 && b.north <= 90;

/** `EPSG:<n>` from a CRS name such as `EPSG:32749` or `urn:ogc:def:crs:EPSG::32749`. */
function epsgOf(name: string): string | null {
  const m = /EPSG:{1,2}(?:[\d.]*:)?(\d{4,6})\b/i.exec(name);
  return m === null ? null : `EPSG:${m[1]}`;
}

/** Options of {@link finishBoundaries}. */
export interface FinishBoundariesOptions {
  readonly file?: string;
  /** Name of the coordinate reference system, from a GeoJSON `crs` member. */
  readonly crs?: string;
  /** What to tell the user when projected coordinates come without a known CRS. */
  readonly projectedHint?: string;
}

/**
 * Turns parsed GeoJSON into a clean WGS84 FeatureCollection and its diagnostics: wraps a Feature
 * or bare geometry, repairs swapped latitude/longitude, reprojects or refuses projected
 * coordinates, and validates every geometry with `validateGeometry` of `@lokus/geo`.
 * Not part of the public API; see {@link readGeoJson}.
 */
export function finishBoundaries(
  value: unknown,
  options: FinishBoundariesOptions = {},
): ReadBoundariesResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const diagnostics: IoDiagnostic[] = [];
  const refuse = (d: IoDiagnostic): ReadBoundariesResult => ({
    features: { type: 'FeatureCollection', features: [] },
    diagnostics: [...diagnostics, d],
  });
  let features: AnyFeature[] = [];
  if (isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features)) {
    value.features.forEach((f: unknown, i) => {
      if (isObject(f) && f.type === 'Feature') {
        features.push(f as unknown as AnyFeature);
      } else {
        diagnostics.push({
          code: 'NOT_GEOJSON',
          severity: 'error',
          message: `Feature ${i + 1} is not a GeoJSON Feature; it was left out.`,
          ...where,
          row: i + 1,
        });
      }
    });
  } else if (isObject(value) && value.type === 'Feature') {
    features = [value as unknown as AnyFeature];
  } else if (isObject(value) && typeof value.type === 'string' && GEOMETRY_TYPES.has(value.type)) {
    features = [{ type: 'Feature', properties: {}, geometry: value as unknown as Geometry }];
  } else {
    return refuse({
      code: 'NOT_GEOJSON',
      severity: 'error',
      message: 'The file is JSON but not a GeoJSON FeatureCollection, Feature or geometry.',
      ...where,
    });
  }
  if (features.length === 0) {
    diagnostics.push({
      code: 'NO_FEATURES',
      severity: 'warning',
      message: 'The file holds no features.',
      ...where,
    });
    return { features: { type: 'FeatureCollection', features: [] }, diagnostics };
  }

  // Coordinates: lon/lat in Indonesia, swapped, elsewhere in degrees, or projected.
  const box = extentOf(features);
  const extent = (b: Box): number[] => [b.west, b.south, b.east, b.north];
  if (box !== null && !inIndonesia(box)) {
    const swapped = { west: box.south, east: box.north, south: box.west, north: box.east };
    if (inIndonesia(swapped)) {
      features = features.map((f) => ({
        ...f,
        geometry: mapPositions(f.geometry, ([x, y, ...rest]) => [y!, x!, ...rest]),
      }));
      diagnostics.push({
        code: 'SWAPPED_COORDINATES',
        severity: 'warning',
        message:
          'Coordinates are in latitude/longitude order (they fall in Indonesia only when swapped); they were swapped to longitude/latitude.',
        ...where,
        value: extent(box),
      });
    } else if (inDegrees(box)) {
      diagnostics.push({
        code: 'OUTSIDE_INDONESIA',
        severity: 'warning',
        message: `The features lie outside Indonesia (extent ${extent(box).join(', ')}).`,
        ...where,
        value: extent(box),
      });
    } else {
      const crs = options.crs;
      if (crs === undefined) {
        return refuse({
          code: 'PROJECTED_COORDINATES',
          severity: 'error',
          message: `Coordinates are not longitude/latitude degrees (extent ${extent(box)
            .map((v) => Math.round(v))
            .join(
              ', ',
            )}) and no coordinate reference system is named; ${options.projectedHint ?? 'reproject the file to WGS84 (EPSG:4326), or name its EPSG code in a "crs" member'}.`,
          ...where,
          value: extent(box),
        });
      }
      const epsg = epsgOf(crs);
      let forward: ((p: Position) => Position) | null = null;
      if (epsg !== null && proj4.defs(epsg) !== undefined) {
        const converter = proj4(epsg, 'EPSG:4326');
        forward = ([x, y, ...rest]) => [...converter.forward([x!, y!]), ...rest];
      }
      if (forward === null) {
        return refuse({
          code: 'UNKNOWN_CRS',
          severity: 'error',
          message: `Coordinates are projected in ${crs}, a coordinate reference system this reader does not know; reproject the file to WGS84 (EPSG:4326).`,
          ...where,
          value: crs,
        });
      }
      const f = forward;
      features = features.map((x) => ({ ...x, geometry: mapPositions(x.geometry, f) }));
      diagnostics.push({
        code: 'REPROJECTED',
        severity: 'info',
        message: `Coordinates were reprojected from ${epsg} to WGS84 longitude/latitude.`,
        ...where,
        value: epsg,
      });
      const after = extentOf(features);
      if (after !== null && !inIndonesia(after)) {
        diagnostics.push({
          code: 'OUTSIDE_INDONESIA',
          severity: 'warning',
          message: `After reprojection from ${epsg} the features lie outside Indonesia (extent ${extent(after).join(', ')}); check the coordinate reference system.`,
          ...where,
          value: extent(after),
        });
      }
    }
  }

  // Geometry validity, per feature.
  const codeKey = detectCodeProperty(features);
  const rewound: IoDiagnostic[] = [];
  features = features.map((f, i) => {
    const code = codeKey === null ? undefined : f.properties?.[codeKey];
    const checked = validateGeometry(f, {
      ...where,
      row: i + 1,
      ...(typeof code === 'string' || typeof code === 'number' ? { village: String(code) } : {}),
    });
    for (const d of checked.diagnostics) {
      if (d.code === 'GEOMETRY_WRONG_WINDING') rewound.push(d);
      else diagnostics.push(d);
    }
    return checked.feature;
  });
  // Shapefiles wind shells clockwise, against RFC 7946: one summary instead of one per feature.
  if (rewound.length === 1) diagnostics.push(rewound[0]!);
  if (rewound.length > 1) {
    diagnostics.push({
      code: 'GEOMETRY_WRONG_WINDING',
      severity: 'info',
      message: `${rewound.length} features had rings wound against RFC 7946; rewound (exterior counter-clockwise, holes clockwise).`,
      ...where,
      value: rewound.length,
    });
  }
  return { features: { type: 'FeatureCollection', features: features as Feature[] }, diagnostics };
}
