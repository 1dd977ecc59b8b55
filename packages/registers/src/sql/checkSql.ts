import type { RegisterSpec } from '../types.ts';
import { sqlName } from './sqlName.ts';
import { stagedTable } from './stageSql.ts';

/**
 * The query of a staged register's row checks, one row of counts: `rows`, `keyed` (rows with a
 * key), `distinct_keys`, for households `malformed` (village code not `PP.KK.CC.TDDD`), and per
 * field `bad:<field>` (impossible values) and `missing:<field>` (empty cells).
 *
 * Method: one scan with `count(DISTINCT)` on the 64-bit key hash. O(rows).
 *
 * @example
 * checkSql(household, ['desil']).includes('"bad:desil"'); // => true
 */
export function checkSql(register: RegisterSpec, fields: readonly string[]): string {
  const parts = [
    'count(*) AS rows',
    'count(_key) AS keyed',
    'count(DISTINCT _key) AS distinct_keys',
    ...(register.village === undefined
      ? ['count(*) FILTER (WHERE _hh IS NULL) AS unlinked']
      : ['count(*) FILTER (WHERE _village IS NULL) AS malformed']),
    ...fields.flatMap((f) => [
      `count(${sqlName(`${f}__bad`)}) AS ${sqlName(`bad:${f}`)}`,
      `count(*) FILTER (WHERE ${sqlName(f)} IS NULL AND ${sqlName(`${f}__bad`)} IS NULL) AS ${sqlName(`missing:${f}`)}`,
    ]),
  ];
  return `SELECT ${parts.join(', ')} FROM ${stagedTable(register)}`;
}
