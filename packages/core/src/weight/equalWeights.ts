import type { WeightOutput } from '../result.ts';

/**
 * The same weight, 1/m, for each of m indicators: the default, and the usual choice when there
 * is no agreed reason to favour one indicator (OECD/JRC Handbook on Constructing Composite
 * Indicators, 2008, §6.1). O(m).
 *
 * @param ids - Indicator ids, non-empty and unique.
 * @returns Weights summing to 1, method `equal`.
 * @throws When `ids` is empty or has duplicates.
 * @example
 * equalWeights(['a', 'b', 'c', 'd']).weights; // => { a: 0.25, b: 0.25, c: 0.25, d: 0.25 }
 */
export function equalWeights(ids: readonly string[]): WeightOutput {
  if (ids.length === 0) throw new Error('equalWeights requires at least one indicator');
  if (new Set(ids).size !== ids.length)
    throw new Error('equalWeights requires unique indicator ids');
  const weights: Record<string, number> = {};
  for (const id of ids) weights[id] = 1 / ids.length;
  return { method: 'equal', weights };
}
