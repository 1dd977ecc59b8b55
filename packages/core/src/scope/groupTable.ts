import type { VillageTable } from '../types.ts';
import type { ScopeGroups } from './scopeGroups.ts';
import { subTable } from './subTable.ts';

const cache = new WeakMap<VillageTable, Map<ScopeGroups, VillageTable[]>>();

/**
 * The table of group `g` of a table's scope groups ({@link subTable} of its rows), made once and
 * remembered: tables are immutable, so a second scoped run of the same table reuses the groups'
 * tables, and with them the code orders and kecamatan indexes remembered for their arrays. O(r·c)
 * the first time for r rows and c columns, O(1) after.
 *
 * @example
 * const { table } = createTable([{ code: '11.01.01.2001', values: {} }, { code: '22.01.01.2001', values: {} }]);
 * const groups = scopeGroups(table, 'province');
 * groupTable(table, groups, 1).code; // => ['22.01.01.2001']
 * groupTable(table, groups, 1) === groupTable(table, groups, 1); // => true
 */
export function groupTable(table: VillageTable, groups: ScopeGroups, g: number): VillageTable {
  let byGroups = cache.get(table);
  if (byGroups === undefined) {
    byGroups = new Map();
    cache.set(table, byGroups);
  }
  let tables = byGroups.get(groups);
  if (tables === undefined) {
    tables = [];
    byGroups.set(groups, tables);
  }
  tables[g] ??= subTable(table, groups.rows[g]!);
  return tables[g]!;
}
