import type { FieldSpec, RegisterSource, RegisterSpec } from '../types.ts';
import { type CsvDialect, sourceSql } from './sourceSql.ts';
import { sqlName } from './sqlName.ts';
import { sqlValue } from './sqlValue.ts';

/** One file of a register with its columns: declared name → the file's own header. */
export interface StagedSource {
  readonly source: RegisterSource;
  readonly columns: Readonly<Record<string, string>>;
  /** A CSV file's sniffed dialect, so that it is parsed without a second sniff. */
  readonly dialect?: CsvDialect;
  /** A CSV file's read buffer in bytes (the runner's `csvBuffer`; else DuckDB's). */
  readonly buffer?: number;
}

/** What {@link stageSql} stages: a register, its files and the fields the indicators use. */
export interface StagePlan {
  readonly register: RegisterSpec;
  readonly sources: readonly StagedSource[];
  readonly fields: readonly string[];
}

/** The working table of a register: `r_<id>`, quoted. */
export const stagedTable = (register: RegisterSpec): string => sqlName(`r_${register.id}`);

const text = (x: string) => `nullif(trim(CAST(${x} AS VARCHAR)), '')`;
const hashed = (x: string) => `hash(nullif(CAST(${x} AS VARCHAR), ''))`;

/** The parsed value of a raw field (second level of the staging query). */
function parsedSql(spec: FieldSpec, raw: string): string {
  if (spec.type === 'text') return text(raw);
  const number = `TRY_CAST(${raw} AS DOUBLE)`;
  if (spec.type !== 'flag') return number;
  // Words only where the cell is not a number (coalesce is lazy); an empty cell matches no word.
  // One lookup, not a CASE on the word: DuckDB repeats a CASE's operand per branch and then
  // computes the repeated part for every row, before the coalesce.
  const word = `lower(trim(CAST(${raw} AS VARCHAR)))`;
  const words = `[1, 1, 0, 0][list_position(['ya', 'true', 'tidak', 'false'], ${word})]`;
  return `coalesce(${number}, ${words})`;
}

/** The possible numbers of a field when it lists them (a flag: 0 and 1), within its range. */
function possibleNumbers(spec: FieldSpec): string[] | undefined {
  if (spec.type !== 'flag' && spec.values === undefined) return undefined;
  const listed = spec.type === 'flag' ? [0, 1] : spec.values!.map(Number);
  if (!listed.every(Number.isFinite)) throw new Error(`values must be numbers: ${listed}`);
  const whole = spec.type === 'integer' || spec.type === 'flag';
  const inRange = (x: number) =>
    (spec.min === undefined || x >= spec.min) && (spec.max === undefined || x <= spec.max);
  return listed.filter((x) => (!whole || Number.isInteger(x)) && inRange(x)).map(sqlValue);
}

/**
 * The predicate that a parsed value is possible under its field spec, written with as few
 * operations as give the same answer: a listed value is finite and in range by itself, and
 * a number between two finite bounds is finite (NaN sorts above every number in DuckDB).
 */
function validSql(spec: FieldSpec, v: string): string {
  if (spec.type === 'text') {
    return spec.values === undefined
      ? 'true'
      : `${v} IN (${spec.values.map((x) => sqlValue(String(x))).join(', ')})`;
  }
  const listed = possibleNumbers(spec);
  if (listed !== undefined) return listed.length === 0 ? 'false' : `${v} IN (${listed.join(', ')})`;
  const parts = spec.min === undefined || spec.max === undefined ? [`isfinite(${v})`] : [];
  if (spec.type === 'integer') parts.push(`${v} = floor(${v})`);
  if (spec.min !== undefined) parts.push(`${v} >= ${sqlValue(spec.min)}`);
  if (spec.max !== undefined) parts.push(`${v} <= ${sqlValue(spec.max)}`);
  return parts.join(' AND ');
}

const CAST_TO: Record<FieldSpec['type'], string> = {
  integer: 'INTEGER',
  flag: 'TINYINT',
  number: 'DOUBLE',
  text: 'VARCHAR',
};

/** The file's rows, with `_row` (1-based, file order) when numbered. */
function numberedSource(staged: StagedSource, numbered: boolean): string {
  if (!numbered) return sourceSql(staged.source, staged.dialect, staged.buffer);
  if (staged.source.format === 'parquet') {
    const file = sqlValue(staged.source.file);
    return `(SELECT *, file_row_number + 1 AS _row FROM read_parquet(${file}, file_row_number = true))`;
  }
  return `(SELECT *, row_number() OVER () AS _row FROM ${sourceSql(staged.source, staged.dialect, staged.buffer)})`;
}

/** The staging query of one file: hashed key and link, parsed and checked fields. */
function sourceQuery(plan: StagePlan, staged: StagedSource, index: number, numbered: boolean) {
  const { register } = plan;
  const households = register.village !== undefined;
  const col = (name: string) => sqlName(staged.columns[name] ?? name);
  const row = numbered ? ['_row'] : [];
  const inner = [
    `${index} AS _file`,
    ...row,
    `${hashed(col(register.key))} AS _key`,
    households
      ? `${text(col(register.village!))} AS _v`
      : `${hashed(col(register.household!))} AS _hh`,
    ...plan.fields.map((f, i) => `${col(f)} AS _r${i}`),
    ...plan.fields.map((f, i) => `${parsedSql(register.fields[f]!, col(f))} AS _n${i}`),
  ];
  const middle = [
    '_file',
    ...row,
    '_key',
    households ? '_v' : '_hh',
    ...plan.fields.flatMap((f, i) => [
      `_r${i}`,
      `_n${i}`,
      `coalesce(${validSql(register.fields[f]!, `_n${i}`)}, false) AS _ok${i}`,
    ]),
  ];
  const outer = [
    '_file',
    ...row,
    '_key',
    households ? '_v' : '_hh',
    ...plan.fields.flatMap((f, i) => [
      `CASE WHEN _ok${i} THEN CAST(_n${i} AS ${CAST_TO[register.fields[f]!.type]}) END AS ${sqlName(f)}`,
      `CASE WHEN _r${i} IS NOT NULL AND NOT _ok${i} THEN CAST(_r${i} AS VARCHAR) END AS ${sqlName(`${f}__bad`)}`,
    ]),
  ];
  const from = `(SELECT ${inner.join(',\n    ')}\n  FROM ${numberedSource(staged, numbered)})`;
  return `SELECT ${outer.join(',\n  ')}\nFROM (SELECT ${middle.join(',\n    ')}\n  FROM ${from})`;
}

/**
 * The staging query of a register (see {@link stageSql}): one `UNION ALL` branch per file; with
 * `numbered`, each row also carries `_row`, its 1-based row number in file order.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * const plan = { register: household, sources: [{ source: { file: 'keluarga.parquet', format: 'parquet' }, columns: {} }], fields: ['desil'] };
 * stageQuery(plan).split('\n').slice(0, 5);
 * // => ['SELECT _file,', '  _key,', '  _v,', '  CASE WHEN _ok0 THEN CAST(_n0 AS INTEGER) END AS "desil",', '  CASE WHEN _r0 IS NOT NULL AND NOT _ok0 THEN CAST(_r0 AS VARCHAR) END AS "desil__bad"']
 * stageQuery(plan, true).split('\n').at(-1);
 * // => "  FROM (SELECT *, file_row_number + 1 AS _row FROM read_parquet('keluarga.parquet', file_row_number = true))))"
 */
export function stageQuery(plan: StagePlan, numbered = false): string {
  return plan.sources.map((s, i) => sourceQuery(plan, s, i, numbered)).join('\nUNION ALL\n');
}

/**
 * The SQL that makes a register's working relation `r_<id>`: per row the file index, the key
 * and the household link as 64-bit hashes (so a NIK used as a key never enters the database as
 * text), the trimmed village code `_v` (households; its canonical form, `villageSql`, is taken
 * per distinct code by the aggregates, not per row), and each field the indicators use, cast to
 * its type, with the raw text only where the value is impossible. No other column of the file,
 * personal or not, is read. Parquet files and loaded tables are read through a view (each query
 * reads only the columns it needs, in parallel, without a copy); CSV text is parsed once into a
 * table `r_<id>__t`, with the view over it. No row number is computed here: see
 * `numberedSql`, which the error path uses. The table and the view are not `TEMP`, so that a
 * second session of the same in-memory database (`SqlRunner.session`) reads them too.
 *
 * Method: two nested projections over `read_csv`/`read_parquet`, one `UNION ALL` branch per
 * file. O(rows × fields).
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * const plan = { register: household, sources: [{ source: { file: 'keluarga.csv', format: 'csv' }, columns: {} }], fields: ['desil'] };
 * const [table, view] = stageSql(plan);
 * table.split('\n').slice(0, 2); // => ['CREATE OR REPLACE TABLE "r_keluarga__t" AS', 'SELECT _file,']
 * table.split('\n').at(-1); // => "  FROM read_csv('keluarga.csv', header = true, all_varchar = true)))"
 * view; // => 'CREATE OR REPLACE VIEW "r_keluarga" AS SELECT * FROM "r_keluarga__t"'
 */
export function stageSql(plan: StagePlan): string[] {
  const view = stagedTable(plan.register);
  const table = parsedTable(plan);
  if (table === null) return [`CREATE OR REPLACE VIEW ${view} AS\n${stageQuery(plan)}`];
  return [
    `CREATE OR REPLACE TABLE ${table} AS\n${stageQuery(plan)}`,
    `CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${table}`,
  ];
}

/**
 * The table a register's files are parsed into, `r_<id>__t` (quoted), when one of them is CSV;
 * null when they are read through a view (Parquet, loaded tables).
 *
 * @example
 * parsedTable({ register: { id: 'keluarga' }, sources: [{ source: { format: 'csv' } }] }); // => '"r_keluarga__t"'
 */
export function parsedTable(plan: StagePlan): string | null {
  return plan.sources.some((s) => s.source.format === 'csv')
    ? sqlName(`r_${plan.register.id}__t`)
    : null;
}

/**
 * The canonical `PP.KK.CC.TDDD` village code of a trimmed code expression, NULL when malformed
 * (also written as ten digits). The aggregates apply it once per distinct code, not per row.
 *
 * @example
 * villageSql('_v').startsWith('CASE WHEN regexp_full_match(_v,'); // => true
 */
export function villageSql(code: string): string {
  return `CASE WHEN regexp_full_match(${code}, '\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}') THEN ${code}
    WHEN regexp_full_match(${code}, '\\d{10}') THEN concat_ws('.', ${code}[1:2], ${code}[3:4], ${code}[5:6], ${code}[7:10]) END`;
}
