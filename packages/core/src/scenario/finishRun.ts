import { rankScores } from '../rank/index.ts';
import type { ImputeOutput, ScenarioResult, TreatOutput } from '../result.ts';
import { selectLoci } from '../select/index.ts';
import type { IndicatorColumns } from '../types.ts';
import { aggregateStage } from './aggregateStage.ts';
import { classifyStage } from './classifyStage.ts';
import { failedRun, type StartedRun } from './startRun.ts';

/** The outputs of stages 1–4 of a run (denominators, impute, treat, normalise). */
export interface NormalisedStages {
  readonly raw: IndicatorColumns;
  readonly imputed: Readonly<Record<string, ImputeOutput>>;
  readonly excluded: Uint8Array;
  readonly anyExcluded: boolean;
  readonly treated: Readonly<Record<string, TreatOutput>>;
  readonly treatedColumns: Readonly<Record<string, Float64Array>>;
  readonly normalised: Readonly<Record<string, Float64Array>>;
}

/**
 * Stages 5–9 of a run, from the normalised columns to the result: weight and aggregate, rank,
 * select, classify, then every stage gathered into the `ScenarioResult`. Diagnostics are added to
 * the run's list. Shared by `runScenario` and `createRunner`, so both give the same result.
 *
 * @example
 * const { table } = createTable([{ code: '99.01.01.2001', values: { a: 1 } }, { code: '99.01.01.2002', values: { a: 3 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }], select: { mode: 'top-n', n: 1 } }).scenario!;
 * const provenance = { inputHash: '', scenarioHash: '', library: '@lokus/core', version: '0' };
 * const run = { ok: true, table, scenario, diagnostics: [], provenance };
 * const a = Float64Array.of(1, 3);
 * const none = new Uint8Array(2);
 * const up = { raw: { a }, imputed: {}, excluded: none, anyExcluded: false, treated: {}, treatedColumns: { a }, normalised: { a: Float64Array.of(0, 100) } };
 * finishRun(run, up).stages?.selected.selected; // => Uint8Array [0, 1]
 */
export function finishRun(run: StartedRun, up: NormalisedStages): ScenarioResult {
  const { table, scenario, diagnostics, provenance } = run;
  const { raw, imputed, excluded, treated, normalised } = up;
  const columns = {
    normalised,
    treated: up.treatedColumns,
    excluded: up.anyExcluded ? excluded : null,
  };
  // 5. Weight. 6. Aggregate.
  const combined = aggregateStage(table, scenario, columns, diagnostics);
  if (combined === null) return failedRun(run);
  const { weights, aggregated } = combined;
  // 7. Rank. 8. Select. 9. Classify the score, or one raw indicator.
  const ranked = rankScores(aggregated.score, { codes: table.code, groups: table.kecamatan });
  const selection = selectLoci(
    { table, score: aggregated.score, ranked, columns: raw },
    scenario.select,
  );
  for (const d of selection.diagnostics) diagnostics.push(d);
  const classes = classifyStage(scenario, table, aggregated.score, ranked, raw, diagnostics);
  if (classes === null) return failedRun(run);
  const stages = {
    raw,
    imputed,
    excluded,
    treated,
    normalised,
    weights,
    aggregated,
    ranked,
    selected: selection.output,
    classes,
  };
  const indicators = scenario.indicators.map((ind) => ind.id);
  return { ok: true, scenario, table, indicators, stages, diagnostics, provenance };
}
