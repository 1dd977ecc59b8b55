import type { WeightMethod } from '../scenario/types.ts';
import {
  type EffectiveWeightsOptions,
  effectiveWeights,
  type WeightedScenario,
} from './effectiveWeights.ts';
import { asManual, asNested } from './rebalanceWeights.ts';

/**
 * Switches the weighting method and carries the current weights over: to `manual` every
 * indicator keeps its effective share of the score; to `nested` too, with each dimension
 * weighing the sum of its indicators' shares (an indicator without a dimension becomes its own
 * dimension). `equal`, `entropy` and `critic` define their weights themselves, so only the method
 * changes (and nested dimension weights are dropped). Entropy or CRITIC weights are carried over
 * from the last run's `current` weights. Returns a new scenario. O(m).
 *
 * @throws When converting from `entropy` or `critic` to `manual` or `nested` without
 *   `options.current` (a programmer error: those weights come from the data).
 * @example
 * const s = {
 *   indicators: [{ id: 'a', dimension: 'X' }, { id: 'b', dimension: 'X' }, { id: 'c', dimension: 'Y' }],
 *   weights: { method: 'nested' },
 * } as WeightedScenario;
 * convertWeights(s, 'manual').indicators.map((i) => i.weight); // => [0.25, 0.25, 0.5]
 */
export function convertWeights<S extends WeightedScenario>(
  scenario: S,
  method: WeightMethod,
  options: EffectiveWeightsOptions = {},
): S {
  if (method === 'manual' || method === 'nested') {
    const current = effectiveWeights(scenario, options);
    const w = scenario.indicators.map((ind) => current[ind.id]!);
    return method === 'manual' ? asManual(scenario, w) : asNested(scenario, w);
  }
  return { ...scenario, weights: { method } };
}
