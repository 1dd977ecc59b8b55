import { type IoDiagnostic, readGeoJson, readShapefileZip, readTopoJson } from '@lokus/io';
import type { FeatureCollection } from 'geojson';
import { CliError } from './CliError.ts';
import { type Context, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';
import { readInputFile } from './readInputFile.ts';
import { sha256 } from './sha256.ts';

/** Reader options for boundaries (recorded in provenance). */
export interface BoundaryReaderOptions {
  /** Layer of a zipped Shapefile, or object of a TopoJSON file. */
  readonly layer?: string;
}

/** Boundaries as read, with diagnostics and the reader choices. */
export interface BoundaryFile {
  readonly file: string;
  /** SHA-256 of the file's bytes. */
  readonly sha256: string;
  readonly format: 'geojson' | 'topojson' | 'shapefile';
  readonly features: FeatureCollection;
  readonly diagnostics: readonly IoDiagnostic[];
  readonly readerOptions: Readonly<Record<string, unknown>>;
}

/**
 * Reads village boundaries: `.geojson`/`.json` (GeoJSON), `.topojson` (TopoJSON) or `.zip`
 * (zipped Shapefile), with the layer the user chose.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const read = await readBoundaryFile(ctx, 'data/sample/villages.geojson');
 * [read.format, read.features.features.length, read.diagnostics.length]; // => ['geojson', 250, 0]
 * read.features.features[0].properties.kode; // => '99.01.01.2001'
 */
export async function readBoundaryFile(
  ctx: Context,
  file: string,
  options: BoundaryReaderOptions = {},
): Promise<BoundaryFile> {
  const bytes = readInputFile(ctx, file);
  const hash = sha256(bytes);
  const layer = options.layer === undefined ? {} : { layer: options.layer };
  if (/\.zip$/i.test(file)) {
    const read = await readShapefileZip(bytes, { file, ...layer });
    return {
      file,
      sha256: hash,
      format: 'shapefile',
      ...read,
      readerOptions: { layer: options.layer ?? null },
    };
  }
  if (/\.topo(json)?$/i.test(file)) {
    const object = options.layer === undefined ? {} : { object: options.layer };
    const read = readTopoJson(bytes, { file, ...object });
    return {
      file,
      sha256: hash,
      format: 'topojson',
      ...read,
      readerOptions: { object: options.layer ?? null },
    };
  }
  if (!/\.(geo)?json$/i.test(file)) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        `${file}: batas wilayah harus .geojson, .topojson atau .zip (Shapefile)`,
        `${file}: boundaries must be .geojson, .topojson or .zip (Shapefile)`,
      ),
      { file },
    );
  }
  return {
    file,
    sha256: hash,
    format: 'geojson',
    ...readGeoJson(bytes, { file }),
    readerOptions: {},
  };
}
