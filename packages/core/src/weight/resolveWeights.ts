import type { WeightOutput } from '../result.ts';
import type { ScenarioIndicator, WeightSpec } from '../scenario/types.ts';
import type { IndicatorColumns } from '../types.ts';
import { criticWeights } from './criticWeights.ts';
import { entropyWeights } from './entropyWeights.ts';
import { equalWeights } from './equalWeights.ts';
import { manualWeights } from './manualWeights.ts';
import { nestedWeights } from './nestedWeights.ts';

/**
 * Weights for a scenario: dispatches on `spec.method` to {@link manualWeights} (each indicator's
 * `weight`), {@link equalWeights}, {@link nestedWeights} (indicator `dimension` and `weight`,
 * `spec.dimensions`), {@link entropyWeights} or {@link criticWeights} (both on the normalised
 * columns of the scenario's indicators).
 *
 * For `entropy`, a column with negative values (e.g. z-scores) is first shifted so that its
 * minimum is 0, since the entropy method needs non-negative data. O(m) for the fixed methods,
 * O(n·m) for entropy and O(n·m²) for CRITIC.
 *
 * @param spec - Weighting settings of the resolved scenario.
 * @param indicators - The scenario's indicators, in order.
 * @param normalised - Normalised columns by indicator id (used by entropy and CRITIC).
 * @returns Weights summing to 1 in indicator order.
 * @throws As the dispatched function does, or when a normalised column is missing.
 * @example
 * resolveWeights({ method: 'equal' }, [{ id: 'a' }, { id: 'b' }] as ScenarioIndicator[], {})
 *   .weights; // => { a: 0.5, b: 0.5 }
 */
export function resolveWeights(
  spec: WeightSpec,
  indicators: readonly ScenarioIndicator[],
  normalised: IndicatorColumns,
): WeightOutput {
  const ids = indicators.map((ind) => ind.id);
  switch (spec.method) {
    case 'manual': {
      const weights: Record<string, number> = {};
      for (const ind of indicators) if (ind.weight !== undefined) weights[ind.id] = ind.weight;
      return manualWeights(weights, ids);
    }
    case 'equal':
      return equalWeights(ids);
    case 'nested':
      return nestedWeights(indicators, spec.dimensions);
    case 'entropy':
      return entropyWeights(pick(ids, normalised, true));
    case 'critic':
      return criticWeights(pick(ids, normalised, false));
    default:
      throw new Error(`resolveWeights requires a known method, got "${String(spec.method)}"`);
  }
}

/** The columns of `ids` in order, optionally shifted to a minimum of 0 when they go negative. */
function pick(
  ids: readonly string[],
  columns: IndicatorColumns,
  nonNegative: boolean,
): IndicatorColumns {
  const out: Record<string, Float64Array> = {};
  for (const id of ids) {
    const x = columns[id];
    if (x === undefined) throw new Error(`resolveWeights requires a normalised column for "${id}"`);
    let lo = Number.POSITIVE_INFINITY;
    if (nonNegative) for (const v of x) if (v < lo) lo = v;
    out[id] = nonNegative && lo < 0 ? x.map((v) => v - lo) : x;
  }
  return out;
}
