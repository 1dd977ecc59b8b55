import type { ScenarioResult } from '../result.ts';
import { runScenario } from '../scenario/runScenario.ts';
import type { ResolvedScenario, Scenario } from '../scenario/types.ts';
import { groupTable } from './groupTable.ts';
import { scopeGroups } from './scopeGroups.ts';

/** Per scoped result: the group of each row, and the group runs made so far. */
const cache = new WeakMap<ScenarioResult, { groupOf: Int32Array; runs: ScenarioResult[] }>();

/**
 * For a village of a scoped result (`stages.scope`), the result of its group's rows run alone and
 * the village's row in it — the same values as the scoped result's part for that group (the
 * property `runScenario` keeps), in a result of the group's own shape, so that tools that compare
 * a village with "the district" (`explainVillage`: averages, medians, ranked counts) compare it
 * with its own kabupaten or province. `null` for a result that is not scoped. Each group is run
 * once per result and remembered. O(group's run) the first time.
 *
 * @example
 * const { table } = createTable([{ code: '11.01.01.2001', values: { a: 1 } }, { code: '22.01.01.2001', values: { a: 3 } }, { code: '22.01.01.2002', values: { a: 5 } }]);
 * const result = runScenario(table, { name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'count', direction: 'higher-is-worse' }], scope: { by: 'province' } });
 * const own = groupResult(result, 2);
 * own?.index; // => 1
 * own?.result.table.code; // => ['22.01.01.2001', '22.01.01.2002']
 */
export function groupResult(
  result: ScenarioResult,
  index: number,
): { result: ScenarioResult; index: number } | null {
  const scope = result.stages?.scope;
  if (scope === undefined) return null;
  let kept = cache.get(result);
  if (kept === undefined) {
    const groupOf = new Int32Array(result.table.length).fill(-1);
    scope.groups.forEach((g, k) => {
      for (const row of g.rows) groupOf[row] = k;
    });
    kept = { groupOf, runs: [] };
    cache.set(result, kept);
  }
  const g = kept.groupOf[index] ?? -1;
  if (g < 0) return null;
  const groups = scopeGroups(result.table, scope.by);
  kept.runs[g] ??= runScenario(groupTable(result.table, groups, g), unscoped(result.scenario));
  const rows = scope.groups[g]!.rows;
  // Rows ascending: the village's position in its group by binary search.
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return { result: kept.runs[g]!, index: lo };
}

/** A resolved scenario as a scenario to run on one group: no scope, no robustness, no null year. */
function unscoped(s: ResolvedScenario): Scenario {
  const { scope: _scope, robustness: _robustness, year, ...rest } = s;
  return year === null ? rest : { ...rest, year };
}
