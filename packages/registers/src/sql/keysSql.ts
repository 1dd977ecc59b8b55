import type { RegisterSpec } from '../types.ts';
import { stagedTable } from './stageSql.ts';

/** The one row of {@link keysSql}'s query, as the engine's runner returns it. */
export interface KeyCounts {
  readonly rows: number;
  readonly keyed: number;
  readonly distinct_keys: number;
}

/**
 * The query of a staged register's size and repeated keys, one row: `rows`, `keyed` (rows with
 * a key) and `distinct_keys`. Only the key column is read, so on Parquet it is one column's scan.
 * `keyed − distinct_keys` rows repeat an earlier key.
 *
 * Method: the 64-bit key hashes sorted once; a key equal to the one before it in that order is a
 * repeat (`lag`), so `distinct_keys` = keys − repeats (cast to BIGINT: DuckDB-Wasm's Arrow would
 * otherwise hand over the difference as a 128-bit integer). O(n log n), but cache-friendly: measured
 * at 6.7 s of CPU for 35 million keys against 16–18 s for `count(DISTINCT)` or a `GROUP BY`
 * (hash tables of 35 million entries), and the same at a district's million.
 *
 * @example
 * keysSql({ id: 'keluarga' });
 * // => 'SELECT count(*) AS rows, count(_key) AS keyed, CAST(count(_key) - count_if(_key = _before) AS BIGINT) AS distinct_keys FROM (SELECT _key, lag(_key) OVER (ORDER BY _key) AS _before FROM "r_keluarga")'
 */
export function keysSql(register: RegisterSpec): string {
  const sorted = `SELECT _key, lag(_key) OVER (ORDER BY _key) AS _before FROM ${stagedTable(register)}`;
  return `SELECT count(*) AS rows, count(_key) AS keyed, CAST(count(_key) - count_if(_key = _before) AS BIGINT) AS distinct_keys FROM (${sorted})`;
}
