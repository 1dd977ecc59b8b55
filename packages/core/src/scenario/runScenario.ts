import { aggregate } from '../aggregate/index.ts';
import { canonicalJson } from '../provenance/canonicalJson.ts';
import { hashString } from '../provenance/hash.ts';
import { tableHash } from '../provenance/tableHash.ts';
import { rankScores } from '../rank/index.ts';
import type { Provenance, ScenarioResult, Stages } from '../result.ts';
import { selectLoci } from '../select/index.ts';
import { applyDenominators, validateTable } from '../table/index.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from '../types.ts';
import { VERSION } from '../version.ts';
import { resolveWeights } from '../weight/index.ts';
import { checkIndicatorColumns } from './checkIndicatorColumns.ts';
import { classifyStage } from './classifyStage.ts';
import { imputeStage } from './imputeStage.ts';
import { normaliseStage } from './normaliseStage.ts';
import { resolveScenario } from './resolveScenario.ts';
import { treatStage } from './treatStage.ts';
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
export function runScenario(
  table: VillageTable,
  scenarioInput: unknown,
  options: RunOptions = {},
): ScenarioResult {
  const { scenario: resolved, diagnostics: scenarioDiagnostics } = resolveScenario(scenarioInput);
  const diagnostics: CoreDiagnostic[] = [...scenarioDiagnostics];
  const scenario = resolved ?? EMPTY_SCENARIO;
  const provenance: Provenance = {
    inputHash: tableHash(table),
    scenarioHash: hashString(canonicalJson(resolved ?? scenarioInput)),
    library: '@lokus/core',
    version: VERSION,
  };
  const ids = scenario.indicators.map((ind) => ind.id);
  const fail = (): ScenarioResult => ({
    ok: false,
    scenario,
    table,
    indicators: ids,
    stages: null,
    diagnostics,
    provenance,
  });
  if (resolved === null) return fail();

  const fileOption = options.file === undefined ? {} : { file: options.file };
  const columns = checkIndicatorColumns(table, scenario.indicators, fileOption);
  diagnostics.push(...columns.diagnostics);
  diagnostics.push(...validateTable(table, columns.present, fileOption));
  if (diagnostics.some((d) => d.severity === 'error')) return fail();

  // 1. Indicator values with denominators applied.
  const raw = applyDenominators(table, scenario.indicators);

  // 2. Impute.
  const { imputed, excluded, anyExcluded } = imputeStage(table, scenario, raw, diagnostics);

  // 3. Treat outliers.
  const { treated, treatedColumns } = treatStage(scenario, imputed, diagnostics);

  // 4. Normalise, oriented so that higher = more need.
  const normalised = normaliseStage(scenario, treatedColumns, diagnostics);

  // 5. Weight. 6. Aggregate.
  const weights = resolveWeights(scenario.weights, scenario.indicators, normalised);
  const aggregated = aggregate(scenario.aggregate, {
    normalised,
    treated: treatedColumns,
    weights: weights.weights,
    indicators: scenario.indicators,
    groups: table.kecamatan,
  });
  diagnostics.push(...aggregated.diagnostics);
  if (aggregated.diagnostics.some((d) => d.severity === 'error')) return fail();
  let score = aggregated.output.score;
  if (anyExcluded) {
    score = Float64Array.from(score, (s, i) => (excluded[i] === 1 ? Number.NaN : s));
  }
  const aggregatedOutput = { ...aggregated.output, score };

  // 7. Rank. 8. Select.
  const ranked = rankScores(score, { codes: table.code, groups: table.kecamatan });
  const selection = selectLoci({ table, score, ranked, columns: raw }, scenario.select);
  diagnostics.push(...selection.diagnostics);

  // 9. Classify the score, or one raw indicator.
  const classes = classifyStage(scenario, table, score, ranked, raw, diagnostics);
  if (classes === null) return fail();

  const stages: Stages = {
    raw: raw as IndicatorColumns,
    imputed,
    excluded,
    treated,
    normalised,
    weights,
    aggregated: aggregatedOutput,
    ranked,
    selected: selection.output,
    classes,
  };
  return { ok: true, scenario, table, indicators: ids, stages, diagnostics, provenance };
}
