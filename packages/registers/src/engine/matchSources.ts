import { type CsvDialect, sniffSql, sourceSql } from '../sql/sourceSql.ts';
import type { StagedSource } from '../sql/stageSql.ts';
import type { DefinitionSet, RegisterDiagnostic, RegisterSource, RegisterSpec } from '../types.ts';
import type { SqlRunner } from './SqlRunner.ts';
import { safeErrorText } from './safeErrorText.ts';

/** The files of each register, with their headers matched to the declared columns. */
export interface MatchedSources {
  readonly byRegister: ReadonlyMap<string, readonly StagedSource[]>;
  readonly diagnostics: readonly RegisterDiagnostic[];
}

const headerKey = (h: string) => h.trim().toLowerCase();

/** Every column a register declares: key, link, personal columns and fields. */
function declared(r: RegisterSpec): string[] {
  const link = r.village ?? r.household!;
  return [r.key, link, ...r.personal, ...Object.keys(r.fields)];
}

/** Declared name → the file's header, for the declared columns the file has. */
function columnMap(r: RegisterSpec, headers: readonly string[]): Record<string, string> {
  const byKey = new Map(headers.map((h) => [headerKey(h), h]));
  const out: Record<string, string> = {};
  for (const name of declared(r)) {
    const h = byKey.get(headerKey(name));
    if (h !== undefined) out[name] = h;
  }
  return out;
}

/** The register a file's headers fit best: it must have the key and link columns. */
function bestRegister(set: DefinitionSet, headers: readonly string[]) {
  let best: { register: RegisterSpec; columns: Record<string, string> } | null = null;
  for (const register of set.registers) {
    const columns = columnMap(register, headers);
    const identity = [register.key, register.village ?? register.household!];
    if (!identity.every((c) => c in columns)) continue;
    if (best === null || Object.keys(columns).length > Object.keys(best.columns).length) {
      best = { register, columns };
    }
  }
  return best;
}

function notRecognised(set: DefinitionSet, file: string, headers: readonly string[]) {
  const wants = set.registers
    .map((r) => {
      const need = [r.key, r.village ?? r.household!];
      const missing = need.filter((c) => !(c in columnMap(r, headers)));
      return `${r.id} needs ${need.join(' and ')} (missing ${missing.join(', ')})`;
    })
    .join('; ');
  const d: RegisterDiagnostic = {
    code: 'REGISTER_NOT_RECOGNISED',
    severity: 'error',
    message: `${file} is not a register of these definitions: ${wants}`,
    file,
  };
  return d;
}

/** A CSV file's dialect and header, sniffed once. */
async function sniff(runner: SqlRunner, file: string): Promise<CsvDialect> {
  const [r] = await runner.query(sniffSql(file));
  const columns = (r!.names as unknown[]).map(String);
  return {
    delim: String(r!.Delimiter),
    quote: String(r!.Quote),
    escape: String(r!.Escape),
    newLine: String(r!.NewLineDelimiter),
    comment: String(r!.Comment),
    skip: Number(r!.SkipRows),
    columns,
  };
}

/**
 * Reads each file's header (CSV: `sniff_csv`, whose dialect the file is then parsed with; other
 * formats: `DESCRIBE`; no rows; a CSV file is to be parsed with the runner's `csvBuffer`) and
 * assigns the file to the register whose key
 * and link columns it has (households: key and village code; persons: key and household id),
 * preferring the register with the most declared columns present. Headers match declared names
 * without regard to case or surrounding spaces. Unreadable files give
 * `REGISTER_FILE_UNREADABLE` (the database's message, with any quoted value masked); files of
 * no register give `REGISTER_NOT_RECOGNISED` naming the columns each register needs.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * // A runner over @duckdb/node-api, as `duckdbRunner()` of @lokus/registers/node gives one
 * const { DuckDBInstance } = process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/packages/registers/`)('@duckdb/node-api');
 * const connection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
 * const runner = { query: async (sql) => JSON.parse(JSON.stringify((await connection.runAndReadAll(sql)).getRowObjectsJS(), (k, v) => (typeof v === 'bigint' ? Number(v) : v))) };
 * const kecil = 'packages/registers/test/fixtures/kecil';
 * const matched = await matchSources(runner, set, [
 *   { file: `${kecil}/anggota.csv`, format: 'csv' },
 *   { file: `${kecil}/keluarga.csv`, format: 'csv' },
 *   { file: 'tidak-ada.csv', format: 'csv' },
 * ]);
 * [...matched.byRegister.keys()]; // => ['anggota', 'keluarga']
 * Object.keys(matched.byRegister.get('anggota')[0].columns);
 * // => ['nik', 'id_keluarga', 'nama', 'tanggal_lahir', 'umur', 'sekolah', 'miskin_ekstrem']
 * matched.diagnostics.map((d) => d.code); // => ['REGISTER_FILE_UNREADABLE']
 * connection.closeSync();
 */
export async function matchSources(
  runner: SqlRunner,
  set: DefinitionSet,
  sources: readonly RegisterSource[],
): Promise<MatchedSources> {
  const byRegister = new Map<string, StagedSource[]>();
  const diagnostics: RegisterDiagnostic[] = [];
  for (const source of sources) {
    let headers: readonly string[];
    let dialect: CsvDialect | undefined;
    try {
      if (source.format === 'csv') {
        dialect = await sniff(runner, source.file);
        headers = dialect.columns;
      } else {
        const rows = await runner.query(`DESCRIBE SELECT * FROM ${sourceSql(source)}`);
        headers = rows.map((r) => String(r.column_name));
      }
    } catch (error) {
      diagnostics.push({
        code: 'REGISTER_FILE_UNREADABLE',
        severity: 'error',
        message: `${source.file} cannot be read as ${source.format}: ${safeErrorText(error)}`,
        file: source.file,
      });
      continue;
    }
    const best = bestRegister(set, headers);
    if (best === null) diagnostics.push(notRecognised(set, source.file, headers));
    else {
      const list = byRegister.get(best.register.id) ?? [];
      const staged = {
        source,
        columns: best.columns,
        ...(dialect === undefined ? {} : { dialect }),
        ...(dialect === undefined || runner.csvBuffer === undefined
          ? {}
          : { buffer: runner.csvBuffer }),
      };
      byRegister.set(best.register.id, [...list, staged]);
    }
  }
  return { byRegister, diagnostics };
}
