import type { WeightOutput } from '../result.ts';
import { normaliseWeights, weightRecord } from './normaliseWeights.ts';

/**
 * Weights given by the user (e.g. agreed in the district's coordination meeting), rescaled to
 * sum to 1. Only the ratios matter: `{ a: 2, b: 1 }` and `{ a: 0.4, b: 0.2 }` give the same result.
 *
 * Method: w_j / Σ w. O(m) for m indicators.
 *
 * @param weights - Weight by indicator id; finite and non-negative, at least one positive.
 * @param ids - Indicator ids in scenario order; the result follows this order.
 * @returns Weights summing to 1, method `manual`.
 * @throws When an id has no weight, `weights` names an id not in `ids`, a weight is negative or
 *   not finite, or all weights are zero.
 * @example
 * manualWeights({ a: 3, b: 1 }, ['a', 'b']).weights; // => { a: 0.75, b: 0.25 }
 */
export function manualWeights(
  weights: Readonly<Record<string, number>>,
  ids: readonly string[],
): WeightOutput {
  const known = new Set(ids);
  for (const id of Object.keys(weights)) {
    if (!known.has(id))
      throw new Error(`manualWeights requires weights for known ids only, got "${id}"`);
  }
  const w = normaliseWeights('manualWeights', weights, ids);
  return { method: 'manual', weights: weightRecord(ids, w) };
}
