import type { RegisterSpec } from '../types.ts';
import { sqlName } from './sqlName.ts';
import { parsedTable, type StagePlan, stageQuery } from './stageSql.ts';

/** The numbered view of a register's rows: `r_<id>__rows`, quoted. */
export const numberedTable = (register: RegisterSpec): string => sqlName(`r_${register.id}__rows`);

/**
 * The SQL of the numbered view `r_<id>__rows`: the staged columns of every file row (before any
 * repair) and its 1-based row number `_row` in file order. CSV files were parsed once into a
 * table in file order (`stageSql`; insertion order is kept), so their row number is the table's
 * `rowid` less the first `rowid` of the file, and the files are not read again; Parquet files
 * are read again with their `file_row_number`. Used only to find example rows of a problem and
 * to keep the first of repeated keys, so the counting path never pays for row order: the engine
 * creates the view only when a problem needs it.
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * const plan = { register: household, sources: [{ source: { file: 'keluarga.csv', format: 'csv' }, columns: {} }], fields: ['desil'] };
 * numberedSql(plan); // => 'CREATE OR REPLACE TEMP VIEW "r_keluarga__rows" AS\nSELECT *, rowid + 1 AS _row FROM "r_keluarga__t"'
 */
export function numberedSql(plan: StagePlan): string {
  const head = `CREATE OR REPLACE TEMP VIEW ${numberedTable(plan.register)} AS\n`;
  const table = parsedTable(plan);
  if (table === null) return `${head}${stageQuery(plan, true)}`;
  if (plan.sources.length === 1) return `${head}SELECT *, rowid + 1 AS _row FROM ${table}`;
  const first = `(SELECT _file, min(rowid) AS _first FROM ${table} GROUP BY _file)`;
  return `${head}SELECT t.*, t.rowid + 1 - f._first AS _row FROM ${table} AS t JOIN ${first} AS f ON t._file = f._file`;
}
