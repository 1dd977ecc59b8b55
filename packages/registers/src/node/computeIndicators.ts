import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { readDefinitions } from '../definitions/readDefinitions.ts';
import {
  type IndicatorResult,
  type RunRegistersOptions,
  runRegisters,
} from '../engine/runRegisters.ts';
import type {
  DefinitionSet,
  RegisterDiagnostic,
  RegisterFormat,
  RegisterSource,
} from '../types.ts';
import { type DuckDbRunnerOptions, duckdbRunner } from './duckdbRunner.ts';
import { loadXlsx } from './loadXlsx.ts';

/** Options of {@link computeIndicators}. */
export interface ComputeIndicatorsOptions extends RunRegistersOptions, DuckDbRunnerOptions {}

const FORMATS: Readonly<Record<string, RegisterFormat | 'xlsx'>> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'csv',
  '.parquet': 'parquet',
  '.xlsx': 'xlsx',
};

/**
 * Register files up to this size (together) are checked and counted in two DuckDB sessions at
 * once; larger ones in one. A district's files (17 MB of Parquet, 128 MB of CSV) leave a core
 * idle in most statements (a Parquet file of one or two row groups is scanned by one thread):
 * two sessions took the district from Parquet from 0.69 s to 0.61 s (medians of three pairs).
 * At 10 million households (637 MB of Parquet) every statement fills both cores: two sessions
 * took 13.3 s against 12.5 s, with a peak of 1.7 GB against 1.0 GB.
 */
const SESSION_BYTES = 256 * 2 ** 20;

/** The files' total size in bytes (a file that cannot be read counts as empty: it is reported later). */
async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Village indicators from register files on this machine: CSV (delimiter detected), Parquet
 * and XLSX (first sheet), in an in-memory DuckDB that is closed afterwards, with the definitions
 * given as a set or as the path of a YAML/JSON file. Files of up to 256 MB together are checked
 * and counted in two sessions at once (`sessions` of {@link duckdbRunner}; set it to choose).
 * See {@link runRegisters} for the steps, the checks and the privacy rules. An unknown extension gives `REGISTER_FILE_UNREADABLE`.
 *
 * @example
 * const kecil = 'packages/registers/test/fixtures/kecil';
 * const files = [`${kecil}/keluarga.csv`, `${kecil}/anggota.csv`];
 * const result = await computeIndicators(files, 'data/definitions/dtsen-desa.yaml', { threads: 1 });
 * [result.columns[0], result.records.length, result.rows]; // => ['kk_total', 3, { keluarga: 9, anggota: 19 }]
 * result.records[2];
 * // => { code: '99.01.02.1001', values: { kk_total: 2, penduduk: 4, desil1_kk: 1, desil12_kk: 1, miskin_ekstrem_jiwa: 2, rtlh_unit: 0, tanpa_air_kk: 1, tanpa_sanitasi_kk: 1, atps_anak: 0 } }
 * const refused = await computeIndicators(['keluarga.ods'], 'data/definitions/dtsen-desa.yaml', { threads: 1 });
 * [refused.records.length, refused.diagnostics[0].message];
 * // => [0, 'keluarga.ods is not a register file lokus reads (.csv, .tsv, .txt, .parquet, .xlsx)']
 * refused.diagnostics.map((d) => d.code); // => ['REGISTER_FILE_UNREADABLE', 'REGISTER_MISSING', 'REGISTER_MISSING']
 */
export async function computeIndicators(
  files: readonly string[],
  definitions: DefinitionSet | string,
  options: ComputeIndicatorsOptions = {},
): Promise<IndicatorResult> {
  let set = definitions;
  if (typeof set === 'string') {
    const read = readDefinitions(await readFile(set, 'utf8'), { file: set });
    if (read.definitions === null)
      return { columns: [], records: [], small: {}, diagnostics: read.diagnostics, rows: {} };
    set = read.definitions;
  }
  const runner = await duckdbRunner({
    ...options,
    sessions: options.sessions ?? (await totalBytes(files)) < SESSION_BYTES,
  });
  try {
    const sources: RegisterSource[] = [];
    const problems: RegisterDiagnostic[] = [];
    for (const [i, file] of files.entries()) {
      const format = FORMATS[extname(file).toLowerCase()];
      if (format === 'xlsx') {
        const table = `xlsx_${i}`;
        await loadXlsx(runner, await readFile(file), table);
        sources.push({ file, format: 'table', table });
      } else if (format !== undefined) sources.push({ file, format });
      else {
        problems.push({
          code: 'REGISTER_FILE_UNREADABLE',
          severity: 'error',
          message: `${file} is not a register file lokus reads (.csv, .tsv, .txt, .parquet, .xlsx)`,
          file,
        });
      }
    }
    const result = await runRegisters(runner, set, sources, options);
    return problems.length === 0
      ? result
      : { ...result, diagnostics: [...problems, ...result.diagnostics] };
  } finally {
    runner.close();
  }
}
