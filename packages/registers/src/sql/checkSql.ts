import type { RegisterSpec } from '../types.ts';
import { sqlName } from './sqlName.ts';
import { stagedTable, villageSql } from './stageSql.ts';

/**
 * The query of a register's row checks over one of its relations (default: the staged view),
 * one row of counts: `rows`, `keyed` (rows with a key), for households `malformed` (village code
 * not `PP.KK.CC.TDDD`), and per field `bad:<field>` (impossible values) and `missing:<field>`
 * (empty cells). The same counts come per village with the aggregates (`aggregateSql`), so this
 * query runs only where those cannot serve: before repeated keys are removed.
 *
 * Method: one scan of plain `count`s (missing = rows − valid − impossible). O(rows).
 *
 * @example
 * const fs = process.getBuiltinModule('node:fs');
 * const set = readDefinitions(fs.readFileSync('data/definitions/dtsen-desa.yaml', 'utf8')).definitions;
 * const household = set.registers.find((r) => r.id === 'keluarga');
 * const sql = checkSql(household, ['desil']);
 * sql.startsWith('SELECT count(*) AS rows, count(_key) AS keyed, count(*) - count(CASE WHEN'); // => true
 * sql.slice(sql.indexOf(' AS malformed'));
 * // => ' AS malformed, count("desil__bad") AS "bad:desil", count(*) - count("desil") - count("desil__bad") AS "missing:desil" FROM "r_keluarga"'
 */
export function checkSql(
  register: RegisterSpec,
  fields: readonly string[],
  from: string = stagedTable(register),
): string {
  const parts = [
    'count(*) AS rows',
    'count(_key) AS keyed',
    ...(register.village === undefined
      ? []
      : [`count(*) - count(${villageSql('_v')}) AS malformed`]),
    ...fields.flatMap((f) => [
      `count(${sqlName(`${f}__bad`)}) AS ${sqlName(`bad:${f}`)}`,
      `count(*) - count(${sqlName(f)}) - count(${sqlName(`${f}__bad`)}) AS ${sqlName(`missing:${f}`)}`,
    ]),
  ];
  return `SELECT ${parts.join(', ')} FROM ${from}`;
}
