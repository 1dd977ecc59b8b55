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
 * Method: `QUALIFY row_number() OVER (PARTITION BY _key ORDER BY _file, _row) = 1` into a table.
 * O(rows log rows), on the error path only.
 *
 * @example
 * dedupSql(household).length; // => 2
 */
export function dedupSql(register: RegisterSpec): string[] {
  const tmp = sqlName(`r_${register.id}__dedup`);
  return [
    `CREATE OR REPLACE TEMP TABLE ${tmp} AS SELECT * EXCLUDE (_row) FROM ${numberedTable(register)} QUALIFY _key IS NULL OR row_number() OVER (PARTITION BY _key ORDER BY _file, _row) = 1`,
    `CREATE OR REPLACE TEMP VIEW ${stagedTable(register)} AS SELECT * FROM ${tmp}`,
  ];
}
