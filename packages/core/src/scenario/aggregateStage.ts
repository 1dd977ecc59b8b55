import { aggregate } from '../aggregate/index.ts';
import type { AggregateOutput, WeightOutput } from '../result.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { resolveWeights } from '../weight/index.ts';
import type { ResolvedScenario } from './types.ts';

/**
 * Stages 5 and 6 of `runScenario`: weights the indicators, aggregates them into one score and
 * leaves the villages that the missing-data policy excluded without a score (`NaN`). Returns
 * `null` after an aggregation error (Copeland on too large a table). O(n·m) (O(n²·m) for
 * Copeland).
 *
 * @param table - The village table (kecamatan groups for Alkire–Foster).
 * @param scenario - The resolved scenario.
 * @param columns - Normalised and treated columns; `excluded` marks villages without a score.
 * @param diagnostics - Receives the aggregation's diagnostics.
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', name: 'A', values: {} },
 *   { code: '99.01.01.2002', name: 'B', values: {} },
 * ]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }] }).scenario!;
 * const cols = { a: Float64Array.of(10, 30) };
 * aggregateStage(table, scenario, { normalised: cols, treated: cols, excluded: Uint8Array.of(0, 1) }, [])?.aggregated.score;
 * // => Float64Array [10, NaN]
 */
export function aggregateStage(
  table: VillageTable,
  scenario: ResolvedScenario,
  columns: {
    readonly normalised: Readonly<Record<string, Float64Array>>;
    readonly treated: Readonly<Record<string, Float64Array>>;
    readonly excluded: Uint8Array | null;
  },
  diagnostics: CoreDiagnostic[],
): { weights: WeightOutput; aggregated: AggregateOutput } | null {
  const { normalised, treated, excluded } = columns;
  const weights = resolveWeights(scenario.weights, scenario.indicators, normalised);
  const result = aggregate(scenario.aggregate, {
    normalised,
    treated,
    weights: weights.weights,
    indicators: scenario.indicators,
    groups: table.kecamatan,
  });
  diagnostics.push(...result.diagnostics);
  if (result.diagnostics.some((d) => d.severity === 'error')) return null;
  const score =
    excluded === null
      ? result.output.score
      : Float64Array.from(result.output.score, (s, i) => (excluded[i] === 1 ? Number.NaN : s));
  return { weights, aggregated: { ...result.output, score } };
}
