import type { ScenarioResult } from '../result.ts';
import { runScoped } from '../scope/runScoped.ts';
import { scopeDiagnostics } from '../scope/scopeDiagnostics.ts';
import { scopedSource } from '../scope/scopedSource.ts';
import { scopeGroups } from '../scope/scopeGroups.ts';
import type { VillageTable } from '../types.ts';
import { finishRun } from './finishRun.ts';
import { normaliseRun } from './normaliseRun.ts';
import type { ScenarioArgument } from './scenarioArgument.ts';
import { failedRun, startRun } from './startRun.ts';

/** Options of {@link runScenario}. */
export interface RunOptions {
  /** File name of the table, copied into diagnostics. */
  readonly file?: string;
}

/**
 * Runs a whole scenario on a village table: validate → denominators → impute → treat outliers →
 * normalise (oriented: higher = more need) → weight → aggregate → rank → select → classify.
 * Every stage's output is kept in `result.stages`, with the resolved scenario, all diagnostics and
 * provenance (hashes of the table and of the resolved scenario, library version), so the run can
 * be explained (`explainVillage`), compared (`compareResults`) and replayed. Same input, same
 * output. When the scenario or the table has an error, `ok` is false and `stages` is null.
 *
 * The body is the list of stage functions: {@link startRun} (resolve, hash, check columns and
 * table), `applyDenominators`, `imputeStage`, `treatStage`, `normaliseStage`, then {@link finishRun}
 * (`aggregateStage` for weights and score, `rankScores`, `selectLoci`, `classifyStage`).
 *
 * The scenario may be anything at run time (parsed JSON or YAML is checked and reported as
 * `SCENARIO_INVALID` diagnostics); a value whose type is known, such as an inline object literal,
 * is also checked at compile time ({@link ScenarioArgument}), so a misspelt key or method name
 * does not compile.
 *
 * Scope: a table may hold villages of many kabupaten (a province or the whole country). By
 * default they are ranked and selected in one pool, with a `POOLED_KABUPATEN` warning when there
 * is more than one kabupaten; `scope: { by: 'kabupaten' }` (or `'province'`) runs every stage that
 * compares villages within each group instead — imputation by mean or median, outlier treatment,
 * normalisation, data-driven weights, aggregation, ranking, the selection target (`n` and
 * `percent` apply to every group), kecamatan quotas and class breaks — so that each group's part
 * of the result equals `runScenario` on that group's rows alone, value for value (`runScoped`).
 * The group comes from the village code's prefix (`PP.KK` or `PP`); a code without one is a
 * `SCOPE_GROUP_UNKNOWN` error. Per-village arrays stay in the table's row order, and each group's
 * parameters are in `stages.scope` (see `Stages.scope`).
 *
 * Under `goalposts` normalisation no outlier treatment is applied: goalposts are stated in the
 * indicator's own units, which a winsorise or log step would no longer match.
 *
 * Complexity: O(n·m) for n villages and m indicators, plus the ranking (O(n) radix passes once the
 * table's code order is known, O(n log n) the first time) and O(n²·m) for Copeland, which refuses
 * very large tables. Quantile classes of the score are read off the ranking's order, with no
 * second sort.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', name: 'Sukamaju', values: { d1: 40 } },
 *   { code: '99.01.01.2002', name: 'Sukamundur', values: { d1: 10 } },
 * ]);
 * const result = runScenario(table, {
 *   name: 'Desil 1',
 *   indicators: [{ id: 'd1', label: { id: 'KK desil 1', en: 'Desil 1 households' }, kind: 'count', direction: 'higher-is-worse' }],
 *   select: { mode: 'top-n', n: 1 },
 * });
 * result.stages?.ranked.rank; // => Float64Array [1, 2]
 * result.stages?.selected.selected; // => Uint8Array [1, 0]
 */
export function runScenario<T>(
  table: VillageTable,
  scenarioInput: T & ScenarioArgument<T>,
  options: RunOptions = {},
): ScenarioResult {
  const run = startRun(table, scenarioInput, options.file);
  if (!run.ok) return failedRun(run);
  const by = run.scenario.scope?.by;
  const scope = scopeDiagnostics(table, by, options.file);
  for (const d of scope) run.diagnostics.push(d);
  if (scope.some((d) => d.severity === 'error')) return failedRun(run);
  if (by === 'kabupaten' || by === 'province') {
    // Each kabupaten (or province) run as a table of its own, merged back in row order.
    return runScoped(run, scopedSource(table, run.scenario, scopeGroups(table, by)));
  }
  // 1–4: denominators, impute, treat, normalise. 5–9: weight, aggregate, rank, select, classify.
  return finishRun(run, normaliseRun(table, run.scenario, run.diagnostics));
}
