import { detectCodeProperty, validateGeometry } from '@lokus/geo';
import type { Feature, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { INDONESIA_EXTENT } from './indonesiaExtent.ts';
import type { IoDiagnostic, ReadBoundariesResult, SetAsideFeature } from './types.ts';

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

/** Calls `f` on every position of a geometry, without copying. */
function eachPosition(g: Geometry | null, f: (p: Position) => void): void {
  if (g == null) return;
  if (g.type === 'GeometryCollection') {
    if (Array.isArray(g.geometries)) for (const x of g.geometries) eachPosition(x, f);
    return;
  }
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') f(c as Position);
    else for (const x of c) walk(x);
  };
  walk(g.coordinates);
}

/** Extent of the finite positions, or `null` when there are none. */
function extentOf(features: readonly AnyFeature[]): Box | null {
  const box: Box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const visit = (p: Position): void => {
    const x = p[0]!;
    const y = p[1]!;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (x < box.west) box.west = x;
      if (x > box.east) box.east = x;
      if (y < box.south) box.south = y;
      if (y > box.north) box.north = y;
    }
  };
  for (const f of features) eachPosition(f.geometry, visit);
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
  /** Features already known to be unusable (1-based number → why), e.g. TopoJSON arcs. */
  readonly asideAt?: ReadonlyMap<number, IoDiagnostic>;
}

/** Where a feature's positions fall. */
type Place = 'none' | 'null-island' | 'indonesia' | 'swapped' | 'degrees' | 'projected';

/** Where a feature lies; computed once per feature and geometry (a WeakMap cache). */
const places = new WeakMap<object, Place>();
function placeOf(f: AnyFeature): Place {
  const key = f.geometry ?? f;
  const known = places.get(key);
  if (known !== undefined) return known;
  const place = computePlace(f);
  places.set(key, place);
  return place;
}

function computePlace(f: AnyFeature): Place {
  let nullIsland = false;
  eachPosition(f.geometry, (p) => {
    if (p[0] === 0 && p[1] === 0) nullIsland = true;
  });
  if (nullIsland) return 'null-island';
  const box = extentOf([f]);
  if (box === null) return 'none';
  if (inIndonesia(box)) return 'indonesia';
  if (inIndonesia({ west: box.south, east: box.north, south: box.west, north: box.east })) {
    return 'swapped';
  }
  return inDegrees(box) ? 'degrees' : 'projected';
}

const swap = (f: AnyFeature): AnyFeature => ({
  ...f,
  geometry: mapPositions(f.geometry, ([x, y, ...rest]) => [y!, x!, ...rest]),
});

/** The reprojection to WGS84 of a CRS name, or `null` when proj4 does not know it. */
function reprojection(crs: string): { epsg: string; forward: (p: Position) => Position } | null {
  const epsg = epsgOf(crs);
  if (epsg === null || proj4.defs(epsg) === undefined) return null;
  const converter = proj4(epsg, 'EPSG:4326');
  return { epsg, forward: ([x, y, ...rest]) => [...converter.forward([x!, y!]), ...rest] };
}

/** One feature of the file, with its 1-based number in the file and its village code. */
interface Item {
  feature: AnyFeature;
  readonly n: number;
  readonly village: string | undefined;
}

/**
 * Turns parsed GeoJSON into a clean WGS84 FeatureCollection and its diagnostics: wraps a Feature
 * or bare geometry, repairs swapped latitude/longitude (of the file, or of single features),
 * reprojects or refuses projected coordinates, and validates every geometry with
 * `validateGeometry` of `@lokus/geo`. A feature that cannot be drawn where it belongs (null
 * island, outside Indonesia while the rest is inside, projected among degrees, an invalid or
 * missing geometry) is set aside: left out of `features`, listed in `setAside`, and reported as
 * a warning saying so. Only a file with nothing usable is refused (an error).
 * Not part of the public API; see {@link readGeoJson}.
 */
export function finishBoundaries(
  value: unknown,
  options: FinishBoundariesOptions = {},
): ReadBoundariesResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const diagnostics: IoDiagnostic[] = [];
  const setAside: SetAsideFeature[] = [];
  const empty = (): ReadBoundariesResult => ({
    features: { type: 'FeatureCollection', features: [] },
    diagnostics,
    setAside,
  });
  const raw = collectFeatures(value, where, diagnostics);
  if (raw === null) return empty();
  if (raw.length === 0) {
    diagnostics.push({
      code: 'NO_FEATURES',
      severity: 'error',
      message: 'The file holds no features; there is nothing to map.',
      ...where,
    });
    return empty();
  }
  const codeKey = detectCodeProperty(raw.map((x) => x.feature));
  let items: Item[] = raw.map(({ feature, n }) => {
    const code = codeKey === null ? undefined : feature.properties?.[codeKey];
    return {
      feature,
      n,
      village: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    };
  });
  const aside = (item: Item, d: IoDiagnostic): void => {
    diagnostics.push({
      ...d,
      severity: 'warning',
      message: `${d.message.replace(/\.$/, '')}; this village was set aside.`,
      ...where,
      row: item.n,
      ...(item.village === undefined ? {} : { village: item.village }),
    });
    setAside.push({
      feature: item.n,
      ...(item.village === undefined ? {} : { code: item.village }),
      reason: d.code,
    });
  };
  const label = (item: Item): string =>
    `Feature ${item.n}${item.village === undefined ? '' : ` (${item.village})`}`;

  // Null island: a position at exactly (0, 0) is a placeholder, never a village.
  items = items.filter((item) => {
    const known = options.asideAt?.get(item.n);
    if (known !== undefined) {
      aside(item, known);
      return false;
    }
    if (placeOf(item.feature) !== 'null-island') return true;
    aside(item, {
      code: 'NULL_ISLAND',
      severity: 'warning',
      message: `${label(item)} has a position at (0, 0), a placeholder rather than a place`,
    });
    return false;
  });

  const placed = placeCoordinates(items, options, where, diagnostics, aside, label);
  if (placed === null) return empty();
  items = placed;

  // Geometry validity, per feature; an invalid geometry sets its village aside.
  const rewound: IoDiagnostic[] = [];
  const kept: AnyFeature[] = [];
  for (const item of items) {
    const checked = validateGeometry(item.feature, {
      ...where,
      row: item.n,
      ...(item.village === undefined ? {} : { village: item.village }),
    });
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    for (const d of checked.diagnostics) {
      if (d.severity === 'error') continue;
      if (d.code === 'GEOMETRY_WRONG_WINDING') rewound.push(d);
      else diagnostics.push(d);
    }
    if (errors.length > 0) for (const d of errors) aside(item, d);
    else kept.push(checked.feature);
  }
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
  if (kept.length === 0) {
    diagnostics.push({
      code: 'NO_FEATURES',
      severity: 'error',
      message: `None of the ${raw.length} features can be mapped (every one was set aside); there is nothing to map.`,
      ...where,
    });
  }
  return {
    features: { type: 'FeatureCollection', features: kept as Feature[] },
    diagnostics,
    setAside,
  };
}

/** The features of a FeatureCollection, Feature or geometry, or `null` (refused) when none. */
function collectFeatures(
  value: unknown,
  where: { readonly file?: string },
  diagnostics: IoDiagnostic[],
): { feature: AnyFeature; n: number }[] | null {
  if (isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features)) {
    const out: { feature: AnyFeature; n: number }[] = [];
    value.features.forEach((f: unknown, i) => {
      if (isObject(f) && f.type === 'Feature') {
        out.push({ feature: f as unknown as AnyFeature, n: i + 1 });
      } else {
        diagnostics.push({
          code: 'NOT_GEOJSON',
          severity: 'warning',
          message: `Feature ${i + 1} is not a GeoJSON Feature; it was set aside.`,
          ...where,
          row: i + 1,
        });
      }
    });
    return out;
  }
  if (isObject(value) && value.type === 'Feature') {
    return [{ feature: value as unknown as AnyFeature, n: 1 }];
  }
  if (isObject(value) && typeof value.type === 'string' && GEOMETRY_TYPES.has(value.type)) {
    return [{ feature: { type: 'Feature', properties: {}, geometry: value as never }, n: 1 }];
  }
  diagnostics.push({
    code: 'NOT_GEOJSON',
    severity: 'error',
    message: 'The file is JSON but not a GeoJSON FeatureCollection, Feature or geometry.',
    ...where,
  });
  return null;
}

/**
 * Brings every feature to longitude/latitude in Indonesia, or sets it aside: reprojects a
 * projected file with a known CRS, swaps a file (or single features) in latitude/longitude
 * order back, and sets aside features that lie elsewhere while the rest lies in Indonesia.
 * Returns `null` when the whole file is refused.
 */
function placeCoordinates(
  input: Item[],
  options: FinishBoundariesOptions,
  where: { readonly file?: string },
  diagnostics: IoDiagnostic[],
  aside: (item: Item, d: IoDiagnostic) => void,
  label: (item: Item) => string,
): Item[] | null {
  let items = input;
  const extent = (b: Box): number[] => [b.west, b.south, b.east, b.north];
  const count = (p: Place): number => items.filter((x) => placeOf(x.feature) === p).length;
  const located = (): number => items.filter((x) => placeOf(x.feature) !== 'none').length;
  if (count('projected') > 0) {
    const box = extentOf(items.map((x) => x.feature))!;
    if (options.crs === undefined && count('projected') === located()) {
      diagnostics.push({
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
      return null;
    }
    if (options.crs !== undefined) {
      const r = reprojection(options.crs);
      if (r === null) {
        diagnostics.push({
          code: 'UNKNOWN_CRS',
          severity: 'error',
          message: `Coordinates are projected in ${options.crs}, a coordinate reference system this reader does not know; reproject the file to WGS84 (EPSG:4326).`,
          ...where,
          value: options.crs,
        });
        return null;
      }
      items = items.map((x) => ({
        ...x,
        feature: { ...x.feature, geometry: mapPositions(x.feature.geometry, r.forward) },
      }));
      diagnostics.push({
        code: 'REPROJECTED',
        severity: 'info',
        message: `Coordinates were reprojected from ${r.epsg} to WGS84 longitude/latitude.`,
        ...where,
        value: r.epsg,
      });
    }
  }
  const n = located();
  const swapped = count('swapped');
  if (swapped > 0 && swapped === n) {
    const box = extentOf(items.map((x) => x.feature))!;
    items = items.map((x) => ({ ...x, feature: swap(x.feature) }));
    diagnostics.push({
      code: 'SWAPPED_COORDINATES',
      severity: 'warning',
      message:
        'Coordinates are in latitude/longitude order (they fall in Indonesia only when swapped); they were swapped to longitude/latitude.',
      ...where,
      value: extent(box),
    });
    return items;
  }
  const outside = count('degrees') + count('projected');
  if (outside > 0 && outside === n) {
    const box = extentOf(items.map((x) => x.feature))!;
    diagnostics.push({
      code: 'OUTSIDE_INDONESIA',
      severity: 'warning',
      message: `The features lie outside Indonesia (extent ${extent(box).join(', ')})${options.crs === undefined ? '' : '; check the coordinate reference system'}.`,
      ...where,
      value: extent(box),
    });
    return items;
  }
  // Most features are in Indonesia: repair or set aside the few that are not.
  const out: Item[] = [];
  for (const item of items) {
    const place = placeOf(item.feature);
    const box = extentOf([item.feature]);
    if (place === 'swapped') {
      out.push({ ...item, feature: swap(item.feature) });
      diagnostics.push({
        code: 'SWAPPED_COORDINATES',
        severity: 'warning',
        message: `${label(item)}: coordinates look swapped (latitude, longitude order; they fall in Indonesia only when swapped, like the other features); swapped back.`,
        ...where,
        row: item.n,
        ...(item.village === undefined ? {} : { village: item.village }),
        value: box === null ? null : extent(box),
      });
    } else if (place === 'degrees' || place === 'projected') {
      aside(item, {
        code: place === 'degrees' ? 'OUTSIDE_INDONESIA' : 'PROJECTED_COORDINATES',
        severity: 'warning',
        message: `${label(item)} lies ${place === 'degrees' ? 'outside Indonesia' : 'in projected coordinates'} (extent ${box === null ? '' : extent(box).join(', ')}), unlike the other features`,
        ...(box === null ? {} : { value: extent(box) }),
      });
    } else {
      out.push(item);
    }
  }
  return out;
}
