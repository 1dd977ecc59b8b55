import type { ImputeOutput, TreatOutput } from '../result.ts';
import { treatOutliers } from '../treat/index.ts';
import type { CoreDiagnostic } from '../types.ts';
import type { ResolvedScenario } from './types.ts';

/**
 * Stage 3 of `runScenario`: outlier treatment per indicator (its own `treat` or the scenario's;
 * none under goalposts normalisation, whose goalposts are in the indicator's own units), with an
 * info diagnostic for each winsorised or log-transformed indicator. O(n·m). Internal.
 */
export function treatStage(
  scenario: ResolvedScenario,
  imputed: Readonly<Record<string, ImputeOutput>>,
  diagnostics: CoreDiagnostic[],
): { treated: Record<string, TreatOutput>; treatedColumns: Record<string, Float64Array> } {
  const treated: Record<string, TreatOutput> = {};
  const treatedColumns: Record<string, Float64Array> = {};
  for (const ind of scenario.indicators) {
    // Goalposts are in the indicator's own units: transforming the values first would break them.
    const goalposted = scenario.normalise.method === 'goalposts';
    const out = treatOutliers(imputed[ind.id]!.values, {
      ...scenario.treat,
      method: goalposted ? 'none' : (ind.treat ?? scenario.treat.method),
      indicator: ind.id,
    });
    treated[ind.id] = out;
    treatedColumns[ind.id] = out.values;
    const log = out.log;
    if (log.applied === 'winsorise') {
      diagnostics.push({
        code: 'OUTLIER_WINSORISED',
        severity: 'info',
        message: `"${ind.id}": ${log.winsorisedLow + log.winsorisedHigh} value(s) winsorised (skew ${log.skew.toFixed(2)}, kurtosis ${log.kurtosis.toFixed(2)}).`,
        column: ind.id,
      });
    } else if (log.applied === 'log') {
      diagnostics.push({
        code: 'OUTLIER_LOG_TRANSFORMED',
        severity: 'info',
        message: `"${ind.id}": log-transformed (skew ${log.skew.toFixed(2)}, kurtosis ${log.kurtosis.toFixed(2)}).`,
        column: ind.id,
      });
    }
  }

  return { treated, treatedColumns };
}
