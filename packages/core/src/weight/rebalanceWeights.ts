import type { ScenarioIndicator } from '../scenario/types.ts';
import {
  dimensionsOf,
  type EffectiveWeightsOptions,
  effectiveWeights,
  shares,
  type WeightedScenario,
} from './effectiveWeights.ts';

/** Options of {@link rebalanceWeights}. */
export interface RebalanceWeightsOptions extends EffectiveWeightsOptions {
  /**
   * `dimension`: `share` is the indicator's share within its dimension, the dimension weights stay.
   * `overall`: `share` is its share of the whole score.
   * Default: `dimension` for nested weights when the dimension has other indicators, else
   * `overall`.
   */
  readonly scope?: 'dimension' | 'overall';
}

/**
 * Moves one indicator's weight to `share` and rebalances the others so that the scenario stays
 * valid, for a weight slider. The others keep their ratios to each other: within the dimension
 * (scope `dimension`, nested weights: the dimension weights do not move) or across the whole
 * score (scope `overall`). Nested weighting stays nested — with scope `overall` the dimension
 * weights become the sums of their indicators' new shares — and any other method becomes
 * `manual` with the current effective shares as the starting point (`equal`, or the last run's
 * `current` weights for `entropy`/`critic`).
 *
 * Never yields an invalid weighting: `share` is clamped to [0, 1]; when the others had no weight
 * at all, they share the rest equally; the written weights are finite, non-negative and not all
 * zero. Returns a new scenario; the input is not changed. O(m).
 *
 * @throws When `indicatorId` is not an indicator of the scenario or `share` is NaN
 *   (programmer errors).
 * @example
 * const idm = {
 *   indicators: [
 *     { id: 'iks', dimension: 'IKS' }, { id: 'ike', dimension: 'IKE' }, { id: 'ikl', dimension: 'IKL' },
 *   ],
 *   weights: { method: 'nested', dimensions: { IKS: 1, IKE: 1, IKL: 1 } },
 * } as WeightedScenario;
 * rebalanceWeights(idm, 'ike', 0.5).weights; // => { method: 'nested', dimensions: { IKS: 0.25, IKE: 0.5, IKL: 0.25 } }
 */
export function rebalanceWeights<S extends WeightedScenario>(
  scenario: S,
  indicatorId: string,
  share: number,
  options: RebalanceWeightsOptions = {},
): S {
  const fn = 'rebalanceWeights';
  const j = scenario.indicators.findIndex((ind) => ind.id === indicatorId);
  if (j < 0) throw new Error(`${fn} requires an indicator of the scenario, got "${indicatorId}"`);
  if (Number.isNaN(share)) throw new Error(`${fn} requires a share in [0, 1], got NaN`);
  const s = Math.min(1, Math.max(0, share));
  const nested = scenario.weights?.method === 'nested';
  const dims = dimensionsOf(scenario);
  const members = dims.get(scenario.indicators[j]!.dimension ?? indicatorId)!;
  const scope = options.scope ?? (nested && members.length > 1 ? 'dimension' : 'overall');

  if (nested && scope === 'dimension') {
    const inner = shares(members.map((k) => scenario.indicators[k]!.weight ?? 1));
    const moved = moveShare(inner, members.indexOf(j), s);
    const weight = new Map(members.map((k, i) => [k, moved[i]!]));
    const indicators = scenario.indicators.map((ind, k) =>
      weight.has(k) ? { ...ind, weight: weight.get(k)! } : ind,
    );
    return { ...scenario, indicators };
  }
  const current = effectiveWeights(scenario, options);
  const ids = scenario.indicators.map((ind) => ind.id);
  const moved = moveShare(
    ids.map((id) => current[id]!),
    j,
    s,
  );
  return nested ? asNested(scenario, moved, dims) : asManual(scenario, moved);
}

/**
 * Sets `w[j] = s` and scales the others to `1 − s` keeping their ratios, or shares `1 − s`
 * equally when they are all zero. Input shares sum to 1; so do the output shares.
 */
export function moveShare(w: readonly number[], j: number, s: number): number[] {
  if (w.length === 1) return [1];
  const rest = w.reduce((a, x, k) => (k === j ? a : a + x), 0);
  return w.map((x, k) => {
    if (k === j) return s;
    return rest > 0 ? (x / rest) * (1 - s) : (1 - s) / (w.length - 1);
  });
}

/** The scenario with manual weights equal to `w`. */
export function asManual<S extends WeightedScenario>(scenario: S, w: readonly number[]): S {
  const indicators: ScenarioIndicator[] = scenario.indicators.map((ind, k) => ({
    ...ind,
    weight: w[k]!,
  }));
  return { ...scenario, indicators, weights: { method: 'manual' } };
}

/**
 * The scenario with nested weights whose effective shares are `w`: each dimension weighs the sum
 * of its indicators' shares, each indicator its share of that sum (equal shares in a dimension
 * whose sum is 0).
 */
export function asNested<S extends WeightedScenario>(
  scenario: S,
  w: readonly number[],
  dims: Map<string, number[]> = dimensionsOf(scenario),
): S {
  const dimensions: Record<string, number> = {};
  const weight = new Array<number>(w.length).fill(0);
  for (const [d, members] of dims) {
    const sum = members.reduce((a, k) => a + w[k]!, 0);
    dimensions[d] = sum;
    for (const k of members) weight[k] = sum > 0 ? w[k]! / sum : 1 / members.length;
  }
  const indicators: ScenarioIndicator[] = scenario.indicators.map((ind, k) => ({
    ...ind,
    dimension: ind.dimension ?? ind.id,
    weight: weight[k]!,
  }));
  return { ...scenario, indicators, weights: { method: 'nested', dimensions } };
}
