import { resolveField } from '../definitions/checkDefinitions.ts';
import type { DefinitionSet, IndicatorDefinition, RegisterSpec } from '../types.ts';
import { conditionSql } from './conditionSql.ts';
import { sqlName } from './sqlName.ts';
import { stagedTable, villageSql } from './stageSql.ts';

/** Column expression of a condition's field: a person's `p."umur"` or a household's `h."desil"`. */
function fieldSql(set: DefinitionSet, ind: IndicatorDefinition, name: string): string {
  const ref = resolveField(set, ind, name);
  if (ref === null) throw new Error(`aggregateSql requires checked definitions (field ${name})`);
  const alias = ref.register.village === undefined ? 'p' : 'h';
  return `${alias}.${sqlName(ref.column)}`;
}

/** One count column: its expression and its quoted name. */
type Count = readonly [expression: string, name: string];

/** The two aggregates of one indicator: rows meeting every condition, and rows with every field known. */
function indicatorSql(set: DefinitionSet, ind: IndicatorDefinition): Count[] {
  const names = Object.keys(ind.where);
  if (names.length === 0) {
    return [
      ['count(*)', sqlName(ind.id)],
      ['count(*)', sqlName(`${ind.id}__known`)],
    ];
  }
  const cond = names.map((n) => conditionSql(fieldSql(set, ind, n), ind.where[n]!)).join(' AND ');
  const known = names.map((n) => `${fieldSql(set, ind, n)} IS NOT NULL`).join(' AND ');
  return [
    [`count(*) FILTER (WHERE ${cond})`, sqlName(ind.id)],
    [`count(*) FILTER (WHERE ${known})`, sqlName(`${ind.id}__known`)],
  ];
}

/** Per-village check counts of the register's fields: valid (`_has:`) and impossible (`_bad:`). */
function checkColumns(alias: string, fields: readonly string[]): Count[] {
  return fields.flatMap((f): Count[] => [
    [`count(${alias}.${sqlName(f)})`, sqlName(`_has:${f}`)],
    [`count(${alias}.${sqlName(`${f}__bad`)})`, sqlName(`_bad:${f}`)],
  ]);
}

/**
 * The query that counts one register's indicators per village: households grouped by their
 * village code; persons joined to their household (`_hh` = household `_key`) and grouped by the
 * household's village code. Per indicator two columns: `<id>` (rows meeting every condition) and
 * `<id>__known` (rows with every field of the conditions known), plus `_n`, the village's rows,
 * and the row checks of `fields` (`_has:<field>`, `_bad:<field>`), so that no separate check scan
 * is needed. The rows are grouped by the code as written (`_v`) and the groups then by its
 * canonical form (`villageSql`), so a code is checked once, not once per row. Households with a
 * malformed code come out as one NULL group; persons are joined with a left join, so persons
 * without a household land in the NULL group too and `_joined` counts those that have one.
 *
 * Method: one hash aggregate with `FILTER` clauses (and one hash join for persons), then a
 * small aggregate over the distinct codes. O(rows × indicators).
 *
 * @example
 * aggregateSql(set, household, ['kk_total']).includes('GROUP BY h._v'); // => true
 */
export function aggregateSql(
  set: DefinitionSet,
  register: RegisterSpec,
  indicatorIds: readonly string[],
  fields: readonly string[] = [],
): string {
  const households = set.registers.find((r) => r.village !== undefined)!;
  const persons = register !== households;
  const columns = set.indicators
    .filter((i) => indicatorIds.includes(i.id))
    .flatMap((i) => indicatorSql(set, i));
  const from = persons
    ? `${stagedTable(register)} AS p LEFT JOIN ${stagedTable(households)} AS h ON p._hh = h._key`
    : `${stagedTable(households)} AS h`;
  const counts: Count[] = [
    ['count(*)', '_n'],
    ...(persons ? [['count(h._key)', '_joined'] as Count] : []),
    ...columns,
    ...checkColumns(persons ? 'p' : 'h', fields),
  ];
  const inner = `SELECT h._v AS _v,\n  ${counts.map(([e, n]) => `${e} AS ${n}`).join(',\n  ')}\nFROM ${from}\nGROUP BY h._v`;
  const sums = counts.map(([, n]) => `CAST(sum(${n}) AS BIGINT) AS ${n}`);
  return `SELECT ${villageSql('_v')} AS _village, ${sums.join(', ')}\nFROM (${inner})\nGROUP BY _village`;
}
