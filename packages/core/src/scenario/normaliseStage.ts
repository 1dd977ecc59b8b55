import { isConstant, normalise } from '../normalize/index.ts';
import type { CoreDiagnostic } from '../types.ts';
import type { ResolvedScenario } from './types.ts';

/**
 * Stage 4 of `runScenario`: normalises each treated indicator, oriented so that higher = more
 * need, warning (`CONSTANT_INDICATOR`) about an indicator with one value for every village.
 * O(n·m), O(n log n) per indicator for rank and percentile. Internal.
 */
export function normaliseStage(
  scenario: ResolvedScenario,
  treatedColumns: Readonly<Record<string, Float64Array>>,
  diagnostics: CoreDiagnostic[],
): Record<string, Float64Array> {
  const normalised: Record<string, Float64Array> = {};
  for (const ind of scenario.indicators) {
    const values = treatedColumns[ind.id]!;
    if (isConstant(values)) {
      diagnostics.push({
        code: 'CONSTANT_INDICATOR',
        severity: 'warning',
        message: `"${ind.id}" has the same value for every village; it cannot separate them.`,
        column: ind.id,
      });
    }
    normalised[ind.id] = normalise(values, {
      method: scenario.normalise.method,
      direction: ind.direction,
      range: scenario.normalise.range,
      ...(ind.goalposts === undefined ? {} : { goalposts: ind.goalposts }),
    });
  }

  return normalised;
}
