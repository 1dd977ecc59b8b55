/// <reference path="./shpjs.d.ts" />
import { iter } from 'but-unzip';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import { windows1252 } from './decodeText.ts';
import { finishBoundaries } from './finishBoundaries.ts';
import { decodeBytes, toBytes } from './textDecoder.ts';
import type { IoDiagnostic, ReadBoundariesResult } from './types.ts';

/** Options of {@link readShapefileZip}. */
export interface ReadShapefileZipOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /**
   * Layer to read (the `.shp` file name without extension, with or without its folder,
   * case-insensitive) when the zip holds several; the alphabetically first when absent.
   */
  readonly layer?: string;
  /**
   * WHATWG encoding label of the `.dbf` text (`utf-8`, `windows-1252`, …), overriding the `.cpg`;
   * by default the `.cpg`, else UTF-8, else windows-1252 when UTF-8 gives U+FFFD.
   */
  readonly encoding?: string;
}

/** The files of one layer in the zip. */
interface LayerFiles {
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

const PARTS = new Set(['shp', 'dbf', 'prj', 'cpg']);

/** Layers of a zip by name (path without extension), sorted; `null` when it is not a zip. */
async function layersOf(bytes: Uint8Array): Promise<Map<string, LayerFiles> | string> {
  const layers = new Map<string, LayerFiles>();
  try {
    for (const entry of iter(bytes)) {
      if (entry.filename.includes('__MACOSX') || entry.filename.endsWith('/')) continue;
      const dot = entry.filename.lastIndexOf('.');
      const ext = entry.filename.slice(dot + 1).toLowerCase() as keyof LayerFiles;
      if (dot < 0 || !PARTS.has(ext)) continue;
      const name = entry.filename.slice(0, dot);
      const files = layers.get(name) ?? {};
      files[ext] = await entry.read();
      layers.set(name, files);
    }
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return new Map([...layers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `true` when some text property of the rows holds U+FFFD (bytes that were not UTF-8). */
const hasReplacement = (rows: readonly Record<string, unknown>[]): boolean =>
  rows.some((r) => Object.values(r).some((v) => typeof v === 'string' && v.includes('\uFFFD')));

/**
 * Reads village boundaries from a zipped ESRI Shapefile (`.shp`, `.dbf`, and optionally `.prj`
 * and `.cpg`) into a WGS84 longitude/latitude FeatureCollection.
 *
 * Layers: a zip may hold several (`a/desa.shp`, `kec.shp`); the one named by `layer` is read,
 * else the alphabetically first, with `SHAPEFILE_LAYER_CHOSEN` listing them all, so the choice
 * never depends on how the zip was unpacked. Projection: with a `.prj`, projected coordinates
 * (e.g. UTM zone 49S, EPSG:32749) are reprojected by proj4; a `.prj` that proj4 cannot read is
 * refused with `SHAPEFILE_UNKNOWN_PROJECTION`; without a `.prj` the coordinates are taken as
 * WGS84 (`SHAPEFILE_NO_PRJ`, info) and checked against Indonesia's extent like any file
 * (projected ones refused with `PROJECTED_COORDINATES`). Attributes: without a `.dbf` the
 * features have no village codes (`SHAPEFILE_NO_DBF`, an error: they cannot be joined); the text
 * encoding is `encoding`, else the `.cpg`, else UTF-8, and when UTF-8 yields U+FFFD the `.dbf`
 * is decoded as windows-1252 with `ENCODING_FALLBACK`. Then the features are checked like
 * {@link readGeoJson} (swapped axes, null island, geometry validity; bad villages set aside).
 * Other problems: `EMPTY_FILE`, `SHAPEFILE_UNREADABLE` (not a zip, no `.shp`, a broken `.shp`),
 * `SHAPEFILE_LAYER_NOT_FOUND`.
 *
 * Method: but-unzip (github.com/samthor/but-unzip) for the entries, shpjs
 * (github.com/calvinmetcalf/shapefile-js) `parseShp` and `parseDbf` per layer, proj4. O(bytes).
 *
 * @example
 * const { diagnostics } = await readShapefileZip(new Uint8Array(0), { file: 'desa.zip' });
 * diagnostics.map((d) => d.code); // => ['EMPTY_FILE']
 */
export async function readShapefileZip(
  input: Uint8Array | ArrayBuffer,
  options: ReadShapefileZipOptions = {},
): Promise<ReadBoundariesResult> {
  if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new Error('readShapefileZip requires a Uint8Array or an ArrayBuffer');
  }
  const where = options.file === undefined ? {} : { file: options.file };
  const diagnostics: IoDiagnostic[] = [];
  const none = (d: IoDiagnostic): ReadBoundariesResult => ({
    features: { type: 'FeatureCollection', features: [] },
    diagnostics: [...diagnostics, d],
    setAside: [],
  });
  const bytes = toBytes(input);
  if (bytes.byteLength === 0) {
    return none({ code: 'EMPTY_FILE', severity: 'error', message: 'The file is empty.', ...where });
  }
  const unreadable = (why: string): ReadBoundariesResult =>
    none({
      code: 'SHAPEFILE_UNREADABLE',
      severity: 'error',
      message: `The file is not a readable zipped shapefile (${why}).`,
      ...where,
    });
  const layers = await layersOf(bytes);
  if (typeof layers === 'string') return unreadable(layers);
  const names = [...layers].filter(([, f]) => f.shp !== undefined).map(([n]) => n);
  if (names.length === 0) return unreadable('no .shp file inside');
  let name = names[0]!;
  if (options.layer !== undefined) {
    const wanted = options.layer.toLowerCase().replace(/\.shp$/, '');
    const found = names.find(
      (n) => n.toLowerCase() === wanted || n.toLowerCase().split('/').pop() === wanted,
    );
    if (found === undefined) {
      return none({
        code: 'SHAPEFILE_LAYER_NOT_FOUND',
        severity: 'error',
        message: `The zip has no layer ${JSON.stringify(options.layer)}; it has ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
        ...where,
        value: names,
      });
    }
    name = found;
  } else if (names.length > 1) {
    diagnostics.push({
      code: 'SHAPEFILE_LAYER_CHOSEN',
      severity: 'info',
      message: `The zip holds ${names.length} layers (${names.map((n) => JSON.stringify(n)).join(', ')}); read the alphabetically first, ${JSON.stringify(name)}. Choose another with the layer option.`,
      ...where,
      value: names,
    });
  }
  const files = layers.get(name)!;
  const layer = readLayer(name, files, options, where, diagnostics);
  if ('code' in layer) return none(layer);
  const result = finishBoundaries(layer, {
    ...where,
    projectedHint: 'add the .prj file of the shapefile to the zip, or reproject it to WGS84',
  });
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

/** Geometries and attributes of one layer as a FeatureCollection, or the diagnostic refusing it. */
function readLayer(
  name: string,
  files: LayerFiles,
  options: ReadShapefileZipOptions,
  where: { readonly file?: string },
  diagnostics: IoDiagnostic[],
): FeatureCollection<Geometry | null> | IoDiagnostic {
  const prj = files.prj === undefined ? undefined : decodeBytes(files.prj, 'utf-8');
  if (prj === undefined) {
    diagnostics.push({
      code: 'SHAPEFILE_NO_PRJ',
      severity: 'info',
      message: `Layer ${JSON.stringify(name)} has no .prj; its coordinates were taken as WGS84 longitude/latitude and checked against Indonesia's extent.`,
      ...where,
    });
  } else {
    try {
      proj4(prj);
    } catch (e) {
      // proj4 throws plain strings for projection definitions it cannot read.
      return {
        code: 'SHAPEFILE_UNKNOWN_PROJECTION',
        severity: 'error',
        message: `The .prj file names a projection that cannot be read (${String(e instanceof Error ? e.message : e).slice(0, 200)}); reproject the shapefile to WGS84 (EPSG:4326) or a UTM zone and try again.`,
        ...where,
      };
    }
  }
  let shapes: (Geometry | null)[];
  try {
    shapes = parseShp(files.shp!, prj);
  } catch (e) {
    return {
      code: 'SHAPEFILE_UNREADABLE',
      severity: 'error',
      message: `The .shp of layer ${JSON.stringify(name)} cannot be read (${e instanceof Error ? e.message : String(e)}).`,
      ...where,
    };
  }
  const rows = readAttributes(name, files, options, where, diagnostics);
  const features: Feature<Geometry | null>[] = shapes.map((geometry, i) => ({
    type: 'Feature',
    geometry,
    properties: rows[i] ?? {},
  }));
  return { type: 'FeatureCollection', features };
}

/** The `.dbf` rows of a layer, decoded as asked, by the `.cpg`, or UTF-8 then windows-1252. */
function readAttributes(
  name: string,
  files: LayerFiles,
  options: ReadShapefileZipOptions,
  where: { readonly file?: string },
  diagnostics: IoDiagnostic[],
): Record<string, unknown>[] {
  if (files.dbf === undefined) {
    diagnostics.push({
      code: 'SHAPEFILE_NO_DBF',
      severity: 'error',
      message: `Layer ${JSON.stringify(name)} has no .dbf, so its features have no village codes and cannot be joined; add the .dbf file to the zip.`,
      ...where,
    });
    return [];
  }
  const dbf = files.dbf;
  const read = (encoding: string | undefined): Record<string, unknown>[] | null => {
    try {
      return parseDbf(dbf, encoding) as Record<string, unknown>[];
    } catch {
      return null;
    }
  };
  const cpg = files.cpg === undefined ? undefined : decodeBytes(files.cpg, 'utf-8').trim();
  const chosen = options.encoding ?? cpg;
  let rows = read(chosen);
  if (chosen === undefined && rows !== null && hasReplacement(rows)) {
    const latin = read('windows-1252');
    if (latin !== null) {
      rows = latin.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? windows1252(v) : v]),
        ),
      );
      diagnostics.push({
        code: 'ENCODING_FALLBACK',
        severity: 'warning',
        message: `The .dbf of layer ${JSON.stringify(name)} is not UTF-8 and the zip has no .cpg; its text was read as windows-1252. Check accented names, or set the encoding option.`,
        ...where,
        value: 'windows-1252',
      });
    }
  }
  if (rows === null) {
    diagnostics.push({
      code: 'SHAPEFILE_NO_DBF',
      severity: 'error',
      message: `The .dbf of layer ${JSON.stringify(name)} cannot be read, so its features have no village codes.`,
      ...where,
    });
    return [];
  }
  return rows;
}
