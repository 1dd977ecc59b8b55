import type { RegisterSpec } from '../types.ts';
import { sqlName } from './sqlName.ts';
import { stagedTable } from './stageSql.ts';

/**
 * The statements that keep only the first row (file order) of every duplicated key of a staged
 * register; rows without a key are all kept. The documented repair of `DUPLICATE_HOUSEHOLD_KEY`
 * and `DUPLICATE_NIK`.
 *
 * Method: `QUALIFY row_number() OVER (PARTITION BY _key ORDER BY _file, _row) = 1` into a new
 * table, which then replaces the old one. O(rows log rows).
 *
 * @example
 * dedupSql(household).length; // => 3
 */
export function dedupSql(register: RegisterSpec): string[] {
  const t = stagedTable(register);
  const tmp = sqlName(`r_${register.id}__dedup`);
  return [
    `CREATE OR REPLACE TEMP TABLE ${tmp} AS SELECT * FROM ${t} QUALIFY _key IS NULL OR row_number() OVER (PARTITION BY _key ORDER BY _file, _row) = 1`,
    `DROP TABLE ${t}`,
    `ALTER TABLE ${tmp} RENAME TO ${t}`,
  ];
}
