import { applyDenominators } from '../table/index.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import type { NormalisedStages } from './finishRun.ts';
import { imputeStage } from './imputeStage.ts';
import { normaliseStage } from './normaliseStage.ts';
import { treatStage } from './treatStage.ts';
import type { ResolvedScenario } from './types.ts';

/**
 * Stages 1–4 of `runScenario` on one table: indicator values with denominators applied, imputed,
 * outlier-treated and normalised (oriented: higher = more need). Diagnostics are appended to
 * `diagnostics`. O(n·m). Internal to `runScenario`.
 *
 * @example
 * const { table } = createTable([{ code: '99.01.01.2001', values: { a: 1 } }, { code: '99.01.01.2002', values: { a: 3 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }] }).scenario!;
 * normaliseRun(table, scenario, []).normalised.a; // => Float64Array [0, 100]
 */
export function normaliseRun(
  table: VillageTable,
  scenario: ResolvedScenario,
  diagnostics: CoreDiagnostic[],
): NormalisedStages {
  // 1. Indicator values with denominators applied. 2. Impute. 3. Treat outliers.
  const raw = applyDenominators(table, scenario.indicators);
  const { imputed, excluded, anyExcluded } = imputeStage(table, scenario, raw, diagnostics);
  const { treated, treatedColumns } = treatStage(scenario, imputed, diagnostics);
  // 4. Normalise, oriented so that higher = more need.
  const normalised = normaliseStage(scenario, treatedColumns, diagnostics);
  return { raw, imputed, excluded, anyExcluded, treated, treatedColumns, normalised };
}
