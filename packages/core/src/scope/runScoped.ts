import type { ScenarioResult, Stages } from '../result.ts';
import { finishRun, type NormalisedStages } from '../scenario/finishRun.ts';
import { failedRun, type StartedRun } from '../scenario/startRun.ts';
import { listedCodes } from '../select/listedCodes.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { inGroup } from './inGroup.ts';
import { mergeStages } from './mergeStages.ts';
import type { MergedUpstream } from './mergeUpstream.ts';
import type { ScopeGroups } from './scopeGroups.ts';

/** One group's table and its stages 1–4 with their diagnostics. */
export interface GroupUpstream {
  readonly table: VillageTable;
  readonly up: NormalisedStages;
  /** The diagnostics of stages 1–4, already placed in the whole table ({@link inGroup}). */
  readonly diagnostics: readonly CoreDiagnostic[];
}

/** Where a scoped run gets each group's stages 1–4 and their merge (`createRunner` keeps them). */
export interface ScopedSource {
  readonly groups: ScopeGroups;
  group(g: number): GroupUpstream;
  merge(parts: readonly NormalisedStages[]): MergedUpstream;
}

/** Listed codes each group does not hold: reported once, for the whole table. */
const UNKNOWN_LISTED = new Set(['FORCED_UNKNOWN_VILLAGE', 'CARRY_OVER_UNKNOWN_VILLAGE']);

/**
 * Runs a scenario within each group of a table (`scope.by` kabupaten or province): every group's
 * stages 1–4 from `source`, then weighting, aggregation, ranking, selection and classes on that
 * group alone ({@link finishRun}, as a run of its rows alone), and the groups' stages merged back
 * into the table's row order ({@link mergeStages}). Each group's diagnostics name the group
 * (`group`, the message starting with its key) and their rows are rows of the whole table; a code
 * of `select.include`, `exclude` or `carryOver` in no group is reported once, as a run of the
 * whole table would. Stops at the first group whose run fails. O(n·m) plus each group's ranking.
 *
 * @example
 * const { table } = createTable([{ code: '11.01.01.2001', values: { a: 1 } }, { code: '22.01.01.2001', values: { a: 3 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }], select: { mode: 'top-n', n: 1 } }).scenario!;
 * const provenance = { inputHash: '', scenarioHash: '', library: '@lokus/core', version: '0' };
 * const run = { ok: true, table, scenario, diagnostics: [], provenance };
 * const source = scopedSource(table, scenario, scopeGroups(table, 'province'));
 * runScoped(run, source).stages?.ranked.rank; // => Float64Array [1, 1]
 */
export function runScoped(run: StartedRun, source: ScopedSource): ScenarioResult {
  const { groups } = source;
  const ups: NormalisedStages[] = [];
  const parts: Stages[] = [];
  for (let g = 0; g < groups.keys.length; g++) {
    const { table, up, diagnostics } = source.group(g);
    // Fresh copies of kept diagnostics, so that editing one does not edit the next run's.
    for (const d of diagnostics) run.diagnostics.push({ ...d });
    const result = finishRun({ ...run, table, diagnostics: [] }, up);
    const key = groups.keys[g]!;
    const rows = groups.rows[g]!;
    for (const d of result.diagnostics) {
      if (!UNKNOWN_LISTED.has(d.code)) run.diagnostics.push(inGroup(d, key, rows));
    }
    if (result.stages === null) return failedRun(run);
    ups.push(up);
    parts.push(result.stages);
  }
  for (const d of unknownListed(run)) run.diagnostics.push(d);
  const stages = mergeStages(run.scenario, groups, source.merge(ups), parts);
  const { scenario, table, diagnostics, provenance } = run;
  const indicators = scenario.indicators.map((ind) => ind.id);
  return { ok: true, scenario, table, indicators, stages, diagnostics, provenance };
}

/** `FORCED_UNKNOWN_VILLAGE` / `CARRY_OVER_UNKNOWN_VILLAGE` for listed codes not in the table. */
function unknownListed(run: StartedRun): CoreDiagnostic[] {
  const spec = run.scenario.select;
  const codes = listedCodes(run.table, spec);
  const out: CoreDiagnostic[] = [];
  const check = (
    kind: 'FORCED_UNKNOWN_VILLAGE' | 'CARRY_OVER_UNKNOWN_VILLAGE',
    path: string,
    code: string,
  ) => {
    if (codes.lookup(code) === undefined) out.push(codes.unknown(kind, path, code));
  };
  (spec.exclude ?? []).forEach((f, k) => {
    check('FORCED_UNKNOWN_VILLAGE', `select.exclude[${k}]`, f.code);
  });
  (spec.include ?? []).forEach((f, k) => {
    check('FORCED_UNKNOWN_VILLAGE', `select.include[${k}]`, f.code);
  });
  (spec.carryOver ?? []).forEach((c, k) => {
    check('CARRY_OVER_UNKNOWN_VILLAGE', `select.carryOver[${k}]`, c);
  });
  return out;
}
