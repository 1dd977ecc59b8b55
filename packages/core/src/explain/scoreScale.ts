import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * The range the score lives on, where the method fixes one: arithmetic or geometric means of
 * min–max or goalposts values keep the normalisation range (default 0–100), of percentiles 0–100,
 * of ranks 0–1; TOPSIS closeness, VIKOR's 1 − Q and the Alkire–Foster deprivation score are in
 * 0–1, the PROMETHEE II net flow in −1–1. `null` for z-scores and Copeland, whose scores have no fixed range. O(1).
 *
 * @example
 * scoreScale({ normalise: { method: 'minmax', range: [0, 100] }, aggregate: { method: 'arithmetic' } } as ResolvedScenario); // => [0, 100]
 */
export function scoreScale(
  scenario: Pick<ResolvedScenario, 'normalise' | 'aggregate'>,
): readonly [number, number] | null {
  const agg = scenario.aggregate.method;
  if (agg === 'topsis' || agg === 'vikor' || agg === 'alkire-foster') return [0, 1];
  if (agg === 'promethee-ii') return [-1, 1];
  if (agg !== 'arithmetic' && agg !== 'geometric') return null;
  const norm = scenario.normalise.method;
  if (norm === 'minmax' || norm === 'goalposts') return scenario.normalise.range;
  if (norm === 'percentile') return [0, 100];
  if (norm === 'rank') return [0, 1];
  return null;
}
