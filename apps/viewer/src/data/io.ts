/**
 * The viewer's only door to file formats: every read and write goes through `@lokus/io`.
 * Readers' results are brought to one shape (value + diagnostics) for the panels; tables are
 * built from the reader's records with `createTable`.
 */
import {
  type ColumnInput,
  createTable,
  type Diagnostic,
  type VillageRecord,
  type VillageTable,
} from '@lokus/core';
import {
  type DecimalSeparator,
  type ReadTableResult,
  readCsv,
  readGeoJson,
  readScenario,
  readShapefileZip,
  readTopoJson,
  readXlsx,
  writeCsv,
  writeGeoJson,
  writeXlsx,
} from '@lokus/io';
import type { FeatureCollection, Geometry } from 'geojson';
import { columnInputs } from './columnMapping.ts';

export { writeCsv, writeGeoJson, writeXlsx };

/** A village table read from a file, with the reader's diagnostics. */
export interface ReadTable {
  readonly table: VillageTable | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Every column of the file with its cells, for the column mapping. */
  readonly columns: readonly ColumnInput[];
  /** The reader's records, to rebuild the table after the join report's choices. */
  readonly records: readonly VillageRecord[];
}

/** Reader options the load dialog offers; absent = detected by the reader. */
export interface ReaderOptions {
  readonly decimal?: DecimalSeparator;
  readonly thousands?: DecimalSeparator;
  /** WHATWG encoding label of a CSV or of a Shapefile's .dbf. */
  readonly encoding?: string;
  /** Layer of a zipped Shapefile with several. */
  readonly layer?: string;
}

/** Boundaries read from a file, with the reader's diagnostics. */
export interface ReadBoundaries {
  readonly featureCollection: FeatureCollection<Geometry | null> | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Builds the table from a reader's records; the reader has already reported code problems. */
export function tableOfRead(read: ReadTableResult, file: string): ReadTable {
  const { records, diagnostics } = read;
  const columns = columnInputs(read, records);
  if (records.length === 0) return { table: null, diagnostics, columns, records };
  const built = createTable(records, { file, checkCodes: false });
  return {
    table: built.table,
    diagnostics: [...diagnostics, ...built.diagnostics],
    columns,
    records,
  };
}

/** Reads a village table from CSV or XLSX bytes, chosen by the file name. */
export async function readTableFile(
  file: string,
  bytes: ArrayBuffer,
  options: ReaderOptions = {},
): Promise<ReadTable> {
  const input = new Uint8Array(bytes);
  const { decimal, thousands, encoding } = options;
  const numbers = { ...(decimal ? { decimal } : {}), ...(thousands ? { thousands } : {}) };
  const read = /\.xlsx?$/i.test(file)
    ? await readXlsx(input, { file, ...numbers })
    : readCsv(input, { file, ...numbers, ...(encoding ? { encoding } : {}) });
  return tableOfRead(read, file);
}

/** Reads boundaries from GeoJSON, TopoJSON or a zipped Shapefile, chosen by the file name. */
export async function readBoundaryFile(
  file: string,
  bytes: ArrayBuffer,
  options: ReaderOptions = {},
): Promise<ReadBoundaries> {
  const lower = file.toLowerCase();
  const input = new Uint8Array(bytes);
  const { layer, encoding } = options;
  const read = lower.endsWith('.zip')
    ? await readShapefileZip(input, {
        file,
        ...(layer ? { layer } : {}),
        ...(encoding ? { encoding } : {}),
      })
    : lower.endsWith('.topojson')
      ? readTopoJson(input, { file })
      : readGeoJson(input, { file });
  return boundariesOfRead(read);
}

/** A boundary reader's result as `ReadBoundaries` (none when it failed and read nothing). */
export function boundariesOfRead(read: {
  readonly features: unknown;
  readonly diagnostics: readonly Diagnostic[];
}): ReadBoundaries {
  const fc = read.features as FeatureCollection<Geometry | null>;
  const failed = read.diagnostics.some((d) => d.severity === 'error') && fc.features.length === 0;
  return { featureCollection: failed ? null : fc, diagnostics: read.diagnostics };
}

/** Reads a scenario file (JSON or YAML) into a plain value; core validates it when it runs. */
export function readScenarioFile(
  file: string,
  text: string,
): { readonly scenario: unknown; readonly diagnostics: readonly Diagnostic[] } {
  const read = readScenario(text, { file });
  return { scenario: read.value, diagnostics: read.diagnostics };
}
