import type { NormalisedStages } from '../scenario/finishRun.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { groupTable } from '../scope/groupTable.ts';
import { inGroup } from '../scope/inGroup.ts';
import { type MergedUpstream, mergeUpstream } from '../scope/mergeUpstream.ts';
import type { ScopedSource } from '../scope/runScoped.ts';
import { scopeGroups } from '../scope/scopeGroups.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { type UpstreamStages, upstreamKeys, upstreamStages } from './upstreamStages.ts';

/**
 * What `createRunner` keeps for a scoped scenario (`scope.by` kabupaten or province): the groups,
 * each group's table (made on first use) with its own {@link upstreamStages}, and the last merge
 * of the groups' stages 1–4, reused while every group returns the same kept stages. Returns a
 * function of the resolved scenario giving the `ScopedSource` of `runScoped`. Internal to
 * `createRunner`.
 *
 * @example
 * const { table } = createTable([{ code: '11.01.01.2001', values: { a: 1 } }, { code: '22.01.01.2001', values: { a: 3 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }] }).scenario!;
 * const source = scopedUpstream(table, 'province')(scenario);
 * source.group(0).up.normalised === source.group(0).up.normalised; // => true
 */
export function scopedUpstream(
  table: VillageTable,
  by: 'province' | 'kabupaten',
): (scenario: ResolvedScenario) => ScopedSource {
  const groups = scopeGroups(table, by);
  const tables: (VillageTable | undefined)[] = [];
  const upstreams: ((
    scenario: ResolvedScenario,
    keys: ReturnType<typeof upstreamKeys>,
  ) => UpstreamStages)[] = [];
  // Each group's kept diagnostics placed in the whole table, with the list they were made from.
  const placed: ({ of: NormalisedStages; list: readonly CoreDiagnostic[] } | undefined)[] = [];
  let lastParts: readonly NormalisedStages[] = [];
  let lastMerged: MergedUpstream | null = null;
  return (scenario) => {
    const keys = upstreamKeys(scenario);
    return {
      groups,
      group(g) {
        tables[g] ??= groupTable(table, groups, g);
        upstreams[g] ??= upstreamStages(tables[g]!);
        const up = upstreams[g]!(scenario, keys);
        const kept = placed[g];
        if (kept === undefined || !sameStages(kept.of, up)) {
          const list = up.diagnostics.map((d) => inGroup(d, groups.keys[g]!, groups.rows[g]!));
          placed[g] = { of: up, list };
        }
        return { table: tables[g]!, up, diagnostics: placed[g]!.list };
      },
      merge(parts) {
        const same =
          lastMerged !== null &&
          parts.length === lastParts.length &&
          parts.every((p, g) => sameStages(p, lastParts[g]!));
        if (!same) lastMerged = mergeUpstream(table, scenario, groups, parts);
        lastParts = parts;
        return lastMerged!;
      },
    };
  };
}

/** Whether two kept stage outputs are the same objects (the runner returned them unchanged). */
function sameStages(a: NormalisedStages, b: NormalisedStages): boolean {
  return (
    a.raw === b.raw &&
    a.imputed === b.imputed &&
    a.treated === b.treated &&
    a.normalised === b.normalised &&
    a.excluded === b.excluded
  );
}
