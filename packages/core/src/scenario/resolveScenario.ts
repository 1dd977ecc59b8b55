import { resolveRobustness } from '../robustness/resolveRobustness.ts';
import type { CoreDiagnostic } from '../types.ts';
import { checkSchema } from './checkSchema.ts';
import { checkSemantics } from './checkSemantics.ts';
import { scenarioJsonSchema } from './scenarioJsonSchema.ts';
import type { ResolvedScenario, Scenario, SelectSpec } from './types.ts';
import { scenarioDefaults } from './vocabulary.ts';

/**
 * Validates a scenario (parsed JSON or YAML) against {@link scenarioJsonSchema} and the rules the
 * schema cannot say (unique indicator ids, manual weights present, cutoffs for Alkire–Foster,
 * goalposts for goalposts normalisation, the number a selection mode needs, quota min ≤ max,
 * ascending manual breaks), then fills in {@link scenarioDefaults}.
 * Returns `scenario: null` when there is any error; every problem is a `SCENARIO_INVALID`
 * diagnostic with the JSON path and what is wrong. Never throws on bad input; never mutates it.
 *
 * @example
 * const { scenario, diagnostics } = resolveScenario({
 *   name: 'IDM',
 *   indicators: [{ id: 'idm', label: { id: 'IDM', en: 'IDM' }, kind: 'index', direction: 'higher-is-better' }],
 * });
 * scenario?.normalise; // => { method: 'minmax', range: [0, 100] }
 * diagnostics; // => []
 */
export function resolveScenario(input: unknown): {
  scenario: ResolvedScenario | null;
  diagnostics: CoreDiagnostic[];
} {
  const diagnostics: CoreDiagnostic[] = [];
  checkSchema(scenarioJsonSchema, input, '', diagnostics);
  if (diagnostics.length > 0) return { scenario: null, diagnostics };
  const s = input as Scenario;
  checkSemantics(s, diagnostics);
  if (diagnostics.length > 0) return { scenario: null, diagnostics };
  const d = scenarioDefaults;
  const select: SelectSpec = s.select ?? { ...d.select };
  const scenario: ResolvedScenario = {
    name: s.name,
    description: s.description ?? '',
    year: s.year ?? null,
    indicators: s.indicators.map((ind) => ({ ...ind })),
    missing: s.missing ?? d.missing,
    treat: { ...d.treat, ...s.treat },
    normalise: { ...d.normalise, ...s.normalise },
    weights: { ...d.weights, ...s.weights },
    aggregate: { ...d.aggregate, ...s.aggregate },
    select,
    classify: { ...d.classify, ...s.classify },
    ...(s.scope === undefined ? {} : { scope: { by: s.scope.by } }),
  };
  if (s.robustness === undefined) return { scenario, diagnostics };
  const robustness = resolveRobustness(s.robustness, { scenario });
  diagnostics.push(...robustness.diagnostics);
  if (robustness.spec === null) return { scenario: null, diagnostics };
  return { scenario: { ...scenario, robustness: robustness.spec }, diagnostics };
}
