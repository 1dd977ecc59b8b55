import { classify, quantile } from '../classify/index.ts';
import type { Classification, RankOutput } from '../result.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from '../types.ts';
import type { ResolvedScenario } from './types.ts';

/**
 * Stage 9 of `runScenario`: map classes of the score (quantiles read off the ranking's order, no
 * second sort) or of one raw indicator (`classify.field`). Returns `null` with an
 * `UNKNOWN_INDICATOR` error when the field is not a column. O(n), O(n log n) for some schemes.
 * Internal.
 */
export function classifyStage(
  scenario: ResolvedScenario,
  table: VillageTable,
  score: Float64Array,
  ranked: RankOutput,
  raw: IndicatorColumns,
  diagnostics: CoreDiagnostic[],
): Classification | null {
  const field = scenario.classify.field;
  const classValues = field === undefined ? score : (raw[field] ?? table.columns[field]);
  let classes: Classification;
  if (field === undefined && scenario.classify.scheme === 'quantile') {
    // The ranking has already sorted the score: read the quantiles off its order.
    classes = quantile(score, scenario.classify.k, { descendingOrder: ranked.order });
  } else if (classValues === undefined) {
    diagnostics.push({
      code: 'UNKNOWN_INDICATOR',
      severity: 'error',
      message: `classify.field "${field}" is not a column of the table.`,
      path: 'classify.field',
      value: field,
    });
    return null;
  } else classes = classify(classValues, scenario.classify);

  return classes;
}
