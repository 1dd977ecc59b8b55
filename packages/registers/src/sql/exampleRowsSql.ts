import type { RegisterSpec } from '../types.ts';
import { numberedTable } from './numberedSql.ts';
import { sqlName } from './sqlName.ts';
import { stagedTable, villageSql } from './stageSql.ts';

/** Which rows {@link exampleRowsSql} picks. */
export type ExampleKind =
  | { readonly kind: 'bad'; readonly column: string }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'orphan'; readonly households: RegisterSpec };

/**
 * The query of up to `limit` example rows of a problem, in file order: `_file`, `_row` and,
 * for an impossible value or a malformed village code, the offending text (`value`) of that
 * non-personal column, from the numbered view of the file rows (`numberedSql`). Personal
 * columns are not in it, so they cannot be printed.
 *
 * @example
 * exampleRowsSql({ id: 'keluarga' }, { kind: 'bad', column: 'desil' }, 3);
 * // => 'SELECT _file, _row, "desil__bad" AS value FROM "r_keluarga__rows" WHERE "desil__bad" IS NOT NULL ORDER BY _file, _row LIMIT 3'
 * exampleRowsSql({ id: 'keluarga' }, { kind: 'malformed' }).endsWith('END IS NULL ORDER BY _file, _row LIMIT 5'); // => true
 */
export function exampleRowsSql(register: RegisterSpec, what: ExampleKind, limit = 5): string {
  const t = numberedTable(register);
  const tail = `ORDER BY _file, _row LIMIT ${Math.trunc(limit)}`;
  switch (what.kind) {
    case 'bad':
      return `SELECT _file, _row, ${sqlName(`${what.column}__bad`)} AS value FROM ${t} WHERE ${sqlName(`${what.column}__bad`)} IS NOT NULL ${tail}`;
    case 'malformed':
      return `SELECT _file, _row, _v AS value FROM ${t} WHERE ${villageSql('_v')} IS NULL ${tail}`;
    case 'duplicate':
      return `SELECT _file, _row FROM ${t} WHERE _key IN (SELECT _key FROM ${t} WHERE _key IS NOT NULL GROUP BY _key HAVING count(*) > 1) ${tail}`;
    case 'orphan':
      return `SELECT _file, _row FROM ${t} AS p WHERE NOT EXISTS (SELECT 1 FROM ${stagedTable(what.households)} AS h WHERE h._key = p._hh) ${tail}`;
  }
}
