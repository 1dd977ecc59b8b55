import type { RegisterSpec } from '../types.ts';
import { numberedTable } from './numberedSql.ts';
import { sqlName } from './sqlName.ts';
import { stagedTable } from './stageSql.ts';

/**
 * The statements that keep only the first row (file order) of every repeated key of a register;
 * rows without a key are all kept. The documented repair of `DUPLICATE_HOUSEHOLD_KEY` and
 * `DUPLICATE_NIK`. Needs the numbered view (`numberedSql`); the staged view `r_<id>` then reads
 * the repaired table `r_<id>__dedup`.
 *
 * Method: the repeated keys by one hash aggregate; only their rows are ranked
 * (`row_number() OVER (PARTITION BY _key ORDER BY _file, _row)`), and the later ones are left
 * out by an `ANTI JOIN` on the file and row number (measured twice as fast as ranking every
 * row; a `NOT EXISTS` was planned slower). O(rows) plus O(d log d) for the d rows of repeated
 * keys, on the error path only.
 *
 * @example
 * const [repaired, view] = dedupSql({ id: 'keluarga' });
 * repaired.startsWith('CREATE OR REPLACE TABLE "r_keluarga__dedup" AS SELECT * EXCLUDE (_row) FROM "r_keluarga__rows" ANTI JOIN'); // => true
 * view; // => 'CREATE OR REPLACE VIEW "r_keluarga" AS SELECT * FROM "r_keluarga__dedup"'
 */
export function dedupSql(register: RegisterSpec): string[] {
  const tmp = sqlName(`r_${register.id}__dedup`);
  const t = numberedTable(register);
  const repeated = `SELECT _key FROM ${t} WHERE _key IS NOT NULL GROUP BY _key HAVING count(*) > 1`;
  const later = `SELECT _file, _row FROM ${t} WHERE _key IN (${repeated}) QUALIFY row_number() OVER (PARTITION BY _key ORDER BY _file, _row) > 1`;
  return [
    `CREATE OR REPLACE TABLE ${tmp} AS SELECT * EXCLUDE (_row) FROM ${t} ANTI JOIN (${later}) AS l USING (_file, _row)`,
    `CREATE OR REPLACE VIEW ${stagedTable(register)} AS SELECT * FROM ${tmp}`,
  ];
}
