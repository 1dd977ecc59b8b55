import { canonicalJson } from '../provenance/canonicalJson.ts';
import { hashString } from '../provenance/hash.ts';
import { tableHash } from '../provenance/tableHash.ts';
import type { Provenance, ScenarioResult } from '../result.ts';
import { validateTable } from '../table/index.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { VERSION } from '../version.ts';
import { checkIndicatorColumns } from './checkIndicatorColumns.ts';
import { resolveScenario } from './resolveScenario.ts';
import type { ResolvedScenario } from './types.ts';
import { scenarioDefaults } from './vocabulary.ts';

const EMPTY_SCENARIO: ResolvedScenario = {
  name: '',
  description: '',
  year: null,
  indicators: [],
  ...scenarioDefaults,
  select: { ...scenarioDefaults.select },
};

/** A run after its checks: the scenario to run, diagnostics so far, provenance. */
export interface StartedRun {
  /** False when the scenario or the table has an error; the run stops there. */
  readonly ok: boolean;
  readonly table: VillageTable;
  /** The resolved scenario (an empty one when it could not be resolved). */
  readonly scenario: ResolvedScenario;
  /** Diagnostics so far; later stages append to this list. */
  readonly diagnostics: CoreDiagnostic[];
  readonly provenance: Provenance;
}

/**
 * The first step of `runScenario`: resolves the scenario, hashes table and scenario for the
 * provenance, checks that every indicator has its columns and validates the table. O(n·m).
 *
 * @param table - The village table.
 * @param scenarioInput - The scenario as given (checked by `resolveScenario`).
 * @param file - File name of the table, copied into diagnostics.
 * @param checks - The table checks (default {@link checkTable}); `createRunner` passes a
 *   remembered one.
 * @example
 * const { table } = createTable([{ code: '99.01.01.2001', name: 'A', values: { d1: 1 } }]);
 * startRun(table, { name: 'x', indicators: [] }, undefined).ok; // => false
 */
export function startRun(
  table: VillageTable,
  scenarioInput: unknown,
  file: string | undefined,
  checks: TableChecks = checkTable,
): StartedRun {
  const { scenario: resolved, diagnostics } = resolveScenario(scenarioInput);
  const scenario = resolved ?? EMPTY_SCENARIO;
  const provenance: Provenance = {
    inputHash: tableHash(table),
    scenarioHash: hashString(canonicalJson(resolved ?? scenarioInput)),
    library: '@lokus/core',
    version: VERSION,
  };
  const started = { table, scenario, diagnostics, provenance };
  if (resolved === null) return { ok: false, ...started };
  for (const d of checks(table, scenario, file)) diagnostics.push(d);
  return { ok: !diagnostics.some((d) => d.severity === 'error'), ...started };
}

/** The table checks of a run: diagnostics about the scenario's columns and the table's values. */
export type TableChecks = (
  table: VillageTable,
  scenario: ResolvedScenario,
  file: string | undefined,
) => readonly CoreDiagnostic[];

/**
 * The checks {@link startRun} makes by default: every indicator has its columns
 * (`checkIndicatorColumns`), and the values of those present are valid (`validateTable`). O(n·m).
 *
 * @example
 * const { table } = createTable([{ code: '99.01.01.2001', name: 'A', values: { d1: 1 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'd2', label: { id: 'd2', en: 'd2' }, kind: 'index', direction: 'higher-is-worse' }] }).scenario!;
 * checkTable(table, scenario, undefined)[0]?.code; // => 'UNKNOWN_INDICATOR'
 */
export function checkTable(
  table: VillageTable,
  scenario: ResolvedScenario,
  file: string | undefined,
): CoreDiagnostic[] {
  const fileOption = file === undefined ? {} : { file };
  const columns = checkIndicatorColumns(table, scenario.indicators, fileOption);
  return [...columns.diagnostics, ...validateTable(table, columns.present, fileOption)];
}

/**
 * The result of a run that stopped: `ok` false, no stages, the diagnostics that stopped it.
 *
 * @example
 * const { table } = createTable([{ code: '99.01.01.2001', name: 'A', values: { d1: 1 } }]);
 * failedRun(startRun(table, {}, undefined)).stages; // => null
 */
export function failedRun(run: StartedRun): ScenarioResult {
  const { scenario, table, diagnostics, provenance } = run;
  const indicators = scenario.indicators.map((ind) => ind.id);
  return { ok: false, scenario, table, indicators, stages: null, diagnostics, provenance };
}
