import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { type PrepareRobustnessOptions, prepareRobustness } from './prepareRobustness.ts';
import { runRobustnessDraws } from './runRobustnessDraws.ts';
import { runSobolSamples } from './runSobolSamples.ts';
import { summariseRobustness } from './summariseRobustness.ts';
import type { RobustnessResult } from './types.ts';

/**
 * How sure is the list of loci? Runs a whole robustness analysis in one thread:
 * `prepareRobustness` → `runRobustnessDraws` (all draws) → `runSobolSamples` (when `sobol` > 0
 * and a choice varies) → `summariseRobustness`. The analysis comes from the scenario's
 * `robustness` block or `options.spec`. To use several threads, call the steps yourself: each
 * thread prepares its own model and runs a range of draws; merge with `mergeRobustnessParts` and
 * `mergeSobolParts`; the result is identical.
 *
 * This is the uncertainty and sensitivity analysis of composite indicators (OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, §7; COINr's `get_sensitivity()`), applied to the
 * selection of loci under the scenario's own rules.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 9, b: 1 } },
 *   { code: '99.01.01.2002', values: { a: 5, b: 5 } },
 *   { code: '99.01.02.2001', values: { a: 1, b: 2 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const { result } = analyseRobustness(table, {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 200, weights: { factor: 0.5 }, sobol: 0 },
 * });
 * result?.flag; // => ['stable-non-locus', 'stable-locus', 'stable-non-locus']
 * result?.probability; // => Float64Array [0.05, 0.95, 0]
 */
export function analyseRobustness(
  table: VillageTable,
  scenario: unknown,
  options: PrepareRobustnessOptions = {},
): { result: RobustnessResult | null; diagnostics: CoreDiagnostic[] } {
  const { model, diagnostics } = prepareRobustness(table, scenario, options);
  if (model === null) return { result: null, diagnostics };
  const draws = runRobustnessDraws(model);
  const sobol = model.spec.sobol > 0 && model.factors.length > 0 ? runSobolSamples(model) : null;
  return { result: summariseRobustness(model, draws, sobol), diagnostics };
}
