import { parseVillageCode } from '@lokus/core';
import { bounds, detectCodeProperty, detectNameProperty, dissolveBy } from '@lokus/geo';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { tileRange } from './tileRange.ts';
import type { EncodedTile, TileLayerName, TileSet } from './types.ts';

/** Options of {@link villageTiles}. */
export interface VillageTilesOptions {
  /** Lowest zoom with tiles (default 0). */
  readonly minZoom?: number;
  /** Highest zoom with tiles (default 10); a map shows it enlarged beyond. */
  readonly maxZoom?: number;
  /** Zoom from which the kecamatan layer is in the tiles (default 5). */
  readonly kecamatanMinZoom?: number;
  /** Zoom from which the village layer is in the tiles (default 8). */
  readonly villageMinZoom?: number;
  /**
   * Douglas–Peucker simplification tolerance in tile units of a 4096-unit tile (default 3, i.e.
   * under a pixel of a 512-pixel tile); applied per zoom, so low zooms carry far fewer vertices.
   */
  readonly tolerance?: number;
  /** Feature property holding the village code (default: detected, e.g. `kode`, `kode10`). */
  readonly codeProperty?: string;
  /** Feature property holding the village name (default: detected, e.g. `nama`). */
  readonly nameProperty?: string;
  /** Archive name for its metadata (default `lokus-desa`). */
  readonly name?: string;
  /** Attribution of the boundaries, kept in the metadata and shown by the map. */
  readonly attribution?: string;
}

/** The tile extent and buffer (MapLibre's defaults for vector tiles). */
const EXTENT = 4096;
const BUFFER = 64;

interface LayerPlan {
  readonly name: TileLayerName;
  readonly minZoom: number;
  readonly index: GeoJSONVT;
  readonly bounds: readonly [number, number, number, number];
}

/**
 * Vector tiles of a district's (or a nation's) village boundaries, ready for a tile archive
 * ({@link writePmtiles}): layer `desa` (properties `kode`, `nama`, `kode_kec`, `kode_kab`; the
 * feature id is the 10-digit code as a number) from `villageMinZoom`, and the outlines dissolved
 * from the villages (with `@lokus/geo`'s `dissolveBy`) as layer `kecamatan` (`kode_kec`,
 * `kode_kab`, `desa` = number of villages) from `kecamatanMinZoom` and layer `kabupaten`
 * (`kode_kab`, `desa`) at every zoom. A map colours villages through feature state keyed by
 * `kode` (MapLibre's `promoteId`), so a new score repaints without new geometry. The metadata
 * lists every village code in the tiles (`desa_kode`, sorted), so a map can name the table rows
 * that have no polygon instead of leaving them out silently.
 *
 * Method: geojson-vt (MapLibre's fork) clips and simplifies each layer per zoom, vt-pbf encodes
 * the tiles; only tiles with at least one feature are kept. Deterministic: the same boundaries
 * and options give the same tiles. Throws, naming the feature and the value, when a feature has
 * no valid village code or a code is repeated: a village must never vanish from the map silently.
 *
 * @example
 * const square = (kode, x) => ({ type: 'Feature', properties: { kode },
 *   geometry: { type: 'Polygon', coordinates: [[[110 + x, -7], [110.01 + x, -7], [110.01 + x, -6.99], [110 + x, -6.99], [110 + x, -7]]] } });
 * const boundaries = { type: 'FeatureCollection', features: [square('33.21.01.2001', 0), square('33.21.02.2001', 0.01)] };
 * const set = villageTiles(boundaries, { maxZoom: 9 });
 * set.metadata.vector_layers.map((l) => l.id); // => ['desa', 'kecamatan', 'kabupaten']
 * set.metadata.desa_kode; // => ['33.21.01.2001', '33.21.02.2001']
 */
export function villageTiles(
  boundaries: FeatureCollection,
  options: VillageTilesOptions = {},
): TileSet & {
  metadata: { vector_layers: { id: TileLayerName }[]; desa_kode: string[] };
} {
  const {
    minZoom = 0,
    maxZoom = 10,
    kecamatanMinZoom = 5,
    villageMinZoom = 8,
    tolerance = 3,
    name = 'lokus-desa',
  } = options;
  for (const [key, z] of Object.entries({ minZoom, maxZoom, kecamatanMinZoom, villageMinZoom })) {
    if (!Number.isInteger(z) || z < 0 || z > 16) {
      throw new Error(`villageTiles requires ${key} to be an integer from 0 to 16, got ${z}`);
    }
  }
  if (minZoom > maxZoom) throw new Error('villageTiles requires minZoom ≤ maxZoom');
  if (!(tolerance >= 0)) throw new Error('villageTiles requires a tolerance ≥ 0');
  const villages = villageFeatures(boundaries, options);
  const kecamatan = dissolveBy(villages, (f) => String(f.properties!.kode_kec)).map((f) =>
    outline(f, { kode_kec: f.properties.key, kode_kab: f.properties.key.slice(0, 5) }),
  );
  const kabupaten = dissolveBy(villages, (f) => String(f.properties!.kode_kab)).map((f) =>
    outline(f, { kode_kab: f.properties.key }),
  );
  const plans: LayerPlan[] = [
    plan('desa', Math.max(minZoom, villageMinZoom), villages),
    plan('kecamatan', Math.max(minZoom, kecamatanMinZoom), kecamatan),
    plan('kabupaten', minZoom, kabupaten),
  ].map((p) => ({
    ...p,
    index: new GeoJSONVT(p.collection, {
      maxZoom,
      indexMaxZoom: Math.min(maxZoom, 5),
      tolerance,
      extent: EXTENT,
      buffer: BUFFER,
    }),
  }));
  const tiles: EncodedTile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) tiles.push(...zoomTiles(plans, z));
  return {
    tiles,
    minZoom,
    maxZoom,
    bounds: plans[0]!.bounds,
    centerZoom: minZoom,
    metadata: {
      name,
      format: 'pbf',
      type: 'overlay',
      generator: 'lokus',
      ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
      // Every village code in the tiles, sorted: a map can tell which table rows have no polygon.
      desa_kode: villages.map((f) => f.properties!.kode as string).sort(),
      vector_layers: [
        layerMeta('desa', plans[0]!.minZoom, maxZoom, ['kode', 'nama', 'kode_kec', 'kode_kab']),
        layerMeta('kecamatan', plans[1]!.minZoom, maxZoom, ['kode_kec', 'kode_kab', 'desa']),
        layerMeta('kabupaten', minZoom, maxZoom, ['kode_kab', 'desa']),
      ],
    },
  };
}

/** The villages with normalised properties, checked: every code valid and unique. */
function villageFeatures(
  boundaries: FeatureCollection,
  options: VillageTilesOptions,
): Feature<Polygon | MultiPolygon>[] {
  const features = boundaries?.features;
  if (!Array.isArray(features)) throw new Error('villageTiles requires a FeatureCollection');
  const codeKey = options.codeProperty ?? detectCodeProperty(features);
  if (codeKey === null) throw new Error('villageTiles found no property holding village codes');
  const nameKey = options.nameProperty ?? detectNameProperty(features);
  const seen = new Map<string, number>();
  return features.map((f, i) => {
    const value = f.properties?.[codeKey];
    const parsed = parseVillageCode(value as string);
    if (parsed === null) {
      throw new Error(
        `villageTiles: feature ${i + 1} has no valid village code in "${codeKey}" (value ${JSON.stringify(value ?? null)})`,
      );
    }
    const first = seen.get(parsed.code);
    if (first !== undefined) {
      throw new Error(
        `villageTiles: features ${first + 1} and ${i + 1} have the same village code ${parsed.code}`,
      );
    }
    seen.set(parsed.code, i);
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(
        `villageTiles: feature ${i + 1} (${parsed.code}) has geometry ${type ?? 'null'}, not a polygon`,
      );
    }
    const nama = nameKey === null ? '' : String(f.properties?.[nameKey] ?? '');
    return {
      type: 'Feature',
      id: Number(parsed.code10),
      properties: {
        kode: parsed.code,
        nama,
        kode_kec: parsed.kecamatan,
        kode_kab: parsed.kabupaten,
      },
      geometry: f.geometry as Polygon | MultiPolygon,
    };
  });
}

function outline(
  f: { geometry: Polygon | MultiPolygon; properties: { count: number } },
  properties: Record<string, string>,
): Feature<Polygon | MultiPolygon> {
  return {
    type: 'Feature',
    properties: { ...properties, desa: f.properties.count },
    geometry: f.geometry,
  };
}

function plan(
  name: TileLayerName,
  minZoom: number,
  features: Feature<Polygon | MultiPolygon>[],
): Omit<LayerPlan, 'index'> & { collection: FeatureCollection } {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const box = bounds(collection);
  if (box === null) throw new Error('villageTiles requires at least one village polygon');
  return { name, minZoom, bounds: box, collection };
}

/** The non-empty tiles of zoom `z`, each with every layer that has features there. */
function zoomTiles(plans: readonly LayerPlan[], z: number): EncodedTile[] {
  const active = plans.filter((p) => z >= p.minZoom);
  const cells = new Map<string, { x: number; y: number }>();
  for (const p of active) {
    const { x0, x1, y0, y1 } = tileRange(p.bounds, z);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) cells.set(`${x}/${y}`, { x, y });
  }
  const out: EncodedTile[] = [];
  const ordered = [...cells.values()].sort((a, b) => a.x - b.x || a.y - b.y);
  for (const { x, y } of ordered) {
    const layers: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
    for (const p of active) {
      const tile = p.index.getTile(z, x, y);
      if (tile !== null && tile.features.length > 0) layers[p.name] = tile;
    }
    if (Object.keys(layers).length === 0) continue;
    out.push({ z, x, y, data: fromGeojsonVt(layers, { version: 2, extent: EXTENT }) });
  }
  return out;
}

function layerMeta(
  id: TileLayerName,
  minzoom: number,
  maxzoom: number,
  fields: readonly string[],
): { id: TileLayerName; minzoom: number; maxzoom: number; fields: Record<string, string> } {
  const types: Record<string, string> = {};
  for (const f of fields) types[f] = f === 'desa' ? 'Number' : 'String';
  return { id, minzoom, maxzoom, fields: types };
}
