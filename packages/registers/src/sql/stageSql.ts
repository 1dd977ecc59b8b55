import type { FieldSpec, RegisterSource, RegisterSpec } from '../types.ts';
import { sourceSql } from './sourceSql.ts';
import { sqlName } from './sqlName.ts';
import { sqlValue } from './sqlValue.ts';

/** One file of a register with its columns: declared name → the file's own header. */
export interface StagedSource {
  readonly source: RegisterSource;
  readonly columns: Readonly<Record<string, string>>;
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
  const words = `CASE lower(${text(raw)}) WHEN 'ya' THEN 1 WHEN 'true' THEN 1 WHEN 'tidak' THEN 0 WHEN 'false' THEN 0 END`;
  return `coalesce(${number}, ${words})`;
}

/** The predicate that a parsed value is possible under its field spec. */
function validSql(spec: FieldSpec, v: string): string {
  if (spec.type === 'text') {
    return spec.values === undefined
      ? 'true'
      : `${v} IN (${spec.values.map((x) => sqlValue(String(x))).join(', ')})`;
  }
  const parts = [`isfinite(${v})`];
  if (spec.type === 'integer' || spec.type === 'flag') parts.push(`${v} = floor(${v})`);
  if (spec.type === 'flag') parts.push(`${v} IN (0, 1)`);
  if (spec.min !== undefined) parts.push(`${v} >= ${sqlValue(spec.min)}`);
  if (spec.max !== undefined) parts.push(`${v} <= ${sqlValue(spec.max)}`);
  if (spec.values !== undefined && spec.type !== 'flag') {
    parts.push(`${v} IN (${spec.values.map((x) => sqlValue(Number(x))).join(', ')})`);
  }
  return parts.join(' AND ');
}

const CAST_TO: Record<FieldSpec['type'], string> = {
  integer: 'INTEGER',
  flag: 'TINYINT',
  number: 'DOUBLE',
  text: 'VARCHAR',
};

/** Village code in the canonical `PP.KK.CC.TDDD` form, NULL when malformed. */
const VILLAGE = `CASE WHEN regexp_full_match(_v, '\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}') THEN _v
    WHEN regexp_full_match(_v, '\\d{10}') THEN concat_ws('.', _v[1:2], _v[3:4], _v[5:6], _v[7:10]) END`;

/** The staging query of one file: row number, hashed key and link, parsed fields. */
function sourceQuery(plan: StagePlan, staged: StagedSource, index: number): string {
  const { register } = plan;
  const col = (name: string) => sqlName(staged.columns[name] ?? name);
  const inner = [
    `${index} AS _file`,
    'row_number() OVER () AS _row',
    `${hashed(col(register.key))} AS _key`,
    register.village === undefined
      ? `${hashed(col(register.household!))} AS _hh`
      : `${text(col(register.village))} AS _v`,
    ...plan.fields.map((f, i) => `${col(f)} AS _r${i}`),
    ...plan.fields.map((f, i) => `${parsedSql(register.fields[f]!, col(f))} AS _n${i}`),
  ];
  const middle = [
    '_file',
    '_row',
    '_key',
    register.village === undefined ? '_hh' : `${VILLAGE} AS _village`,
    ...(register.village === undefined ? [] : ['_v']),
    ...plan.fields.flatMap((f, i) => [
      `_r${i}`,
      `_n${i}`,
      `coalesce(${validSql(register.fields[f]!, `_n${i}`)}, false) AS _ok${i}`,
    ]),
  ];
  const outer = [
    '_file',
    '_row',
    '_key',
    register.village === undefined ? '_hh' : '_village',
    ...(register.village === undefined
      ? []
      : ['CASE WHEN _village IS NULL THEN _v END AS _village_raw']),
    ...plan.fields.flatMap((f, i) => [
      `CASE WHEN _ok${i} THEN CAST(_n${i} AS ${CAST_TO[register.fields[f]!.type]}) END AS ${sqlName(f)}`,
      `CASE WHEN _r${i} IS NOT NULL AND NOT _ok${i} THEN CAST(_r${i} AS VARCHAR) END AS ${sqlName(`${f}__bad`)}`,
    ]),
  ];
  const from = `(SELECT ${inner.join(',\n    ')}\n  FROM ${sourceSql(staged.source)})`;
  return `SELECT ${outer.join(',\n  ')}\nFROM (SELECT ${middle.join(',\n    ')}\n  FROM ${from})`;
}

/**
 * The SQL that reads a register's files into its working table `r_<id>`: per row the file index
 * and 1-based row number (file order), the key and the household link as 64-bit hashes (so a
 * NIK used as a key never enters the table as text), the canonical village code (households),
 * and each field the indicators use, cast to its type, with the raw text kept only where the
 * value is impossible. No other column of the file, personal or not, is read.
 *
 * Method: two nested projections over `read_csv`/`read_parquet`, one `UNION ALL` branch per
 * file. O(rows × fields).
 *
 * @example
 * stageSql(plan).startsWith('CREATE OR REPLACE TEMP TABLE "r_keluarga"'); // => true
 */
export function stageSql(plan: StagePlan): string {
  const branches = plan.sources.map((s, i) => sourceQuery(plan, s, i));
  return `CREATE OR REPLACE TEMP TABLE ${stagedTable(plan.register)} AS\n${branches.join('\nUNION ALL\n')}`;
}
