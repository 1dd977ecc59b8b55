import type { RegisterSpec } from '../types.ts';
import { stagedTable } from './stageSql.ts';

/**
 * The query of a staged register's size and repeated keys, one row: `rows`, `keyed` (rows with
 * a key) and `distinct_keys`. Only the key column is read, so on Parquet it is one column's scan.
 * `keyed − distinct_keys` rows repeat an earlier key.
 *
 * Method: one scan with `count(DISTINCT)` on the 64-bit key hash (DuckDB's parallel distinct
 * hash table; measured faster than a `GROUP BY _key` pass). O(rows).
 *
 * @example
 * keysSql({ id: 'keluarga' });
 * // => 'SELECT count(*) AS rows, count(_key) AS keyed, count(DISTINCT _key) AS distinct_keys FROM "r_keluarga"'
 */
export function keysSql(register: RegisterSpec): string {
  return `SELECT count(*) AS rows, count(_key) AS keyed, count(DISTINCT _key) AS distinct_keys FROM ${stagedTable(register)}`;
}
