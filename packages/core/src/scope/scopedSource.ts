import { normaliseRun } from '../scenario/normaliseRun.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { groupTable } from './groupTable.ts';
import { inGroup } from './inGroup.ts';
import { mergeUpstream } from './mergeUpstream.ts';
import type { ScopedSource } from './runScoped.ts';
import type { ScopeGroups } from './scopeGroups.ts';

/**
 * The groups' stages 1–4 of a scoped `runScenario`, computed afresh: each group's rows as a table
 * of their own ({@link groupTable}, made once per table), then denominators, imputation, treatment and normalisation on
 * it alone. O(n·m) over all groups.
 *
 * @example
 * const { table } = createTable([{ code: '11.01.01.2001', values: { a: 1 } }, { code: '22.01.01.2001', values: { a: 3 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }] }).scenario!;
 * const source = scopedSource(table, scenario, scopeGroups(table, 'province'));
 * source.group(1).table.code; // => ['22.01.01.2001']
 */
export function scopedSource(
  table: VillageTable,
  scenario: ResolvedScenario,
  groups: ScopeGroups,
): ScopedSource {
  return {
    groups,
    group(g) {
      const rows = groups.rows[g]!;
      const sub = groupTable(table, groups, g);
      const diagnostics: CoreDiagnostic[] = [];
      const up = normaliseRun(sub, scenario, diagnostics);
      const key = groups.keys[g]!;
      return { table: sub, up, diagnostics: diagnostics.map((d) => inGroup(d, key, rows)) };
    },
    merge: (parts) => mergeUpstream(table, scenario, groups, parts),
  };
}
