import type { Scenario } from '../scenario/types.ts';

/** The part of a scenario that weighting reads. */
export type WeightedScenario = Pick<Scenario, 'indicators' | 'weights'>;

/** Options of {@link effectiveWeights}. */
export interface EffectiveWeightsOptions {
  /**
   * The weights of the last run (`result.stages.weights.weights`). Required to carry over
   * `entropy` and `critic` weights, which depend on the data; for the other methods they are
   * computed from the scenario.
   */
  readonly current?: Readonly<Record<string, number>>;
}

const usable = (x: number | undefined): number =>
  typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0;

/** `values` divided by their sum; equal shares when the sum is not positive. */
export function shares(values: readonly number[]): number[] {
  const sum = values.reduce((a, b) => a + usable(b), 0);
  return sum > 0 ? values.map((v) => usable(v) / sum) : values.map(() => 1 / values.length);
}

/**
 * Each indicator's share of the score (summing to 1), as the scenario's weighting gives it:
 * `manual` (each `weight`), `equal`, `nested` (weight within the dimension × the dimension's
 * weight, missing dimension weights the mean of the listed ones, as `nestedWeights`), or the
 * `current` weights of the last run for `entropy` and `critic`. Never throws on bad weights:
 * negative, missing or non-finite weights count as 0, and a group whose weights are all 0 is
 * shared equally, so the result is always a valid set of shares. O(m).
 *
 * @example
 * effectiveWeights({
 *   indicators: [{ id: 'a', dimension: 'X' }, { id: 'b', dimension: 'X' }, { id: 'c', dimension: 'Y' }],
 *   weights: { method: 'nested' },
 * } as WeightedScenario); // => { a: 0.25, b: 0.25, c: 0.5 }
 */
export function effectiveWeights(
  scenario: WeightedScenario,
  options: EffectiveWeightsOptions = {},
): Record<string, number> {
  const { indicators } = scenario;
  const method = scenario.weights?.method ?? 'equal';
  let w: number[];
  if (method === 'manual') w = shares(indicators.map((ind) => ind.weight ?? 0));
  else if (method === 'nested') w = nestedShares(scenario);
  else if (method === 'equal' || options.current === undefined) {
    if (method !== 'equal') {
      throw new Error(`effectiveWeights requires options.current for "${method}" weights`);
    }
    w = indicators.map(() => 1 / indicators.length);
  } else w = shares(indicators.map((ind) => options.current![ind.id] ?? 0));
  return Object.fromEntries(indicators.map((ind, j) => [ind.id, w[j]!]));
}

/** Effective nested shares, sanitised like {@link effectiveWeights}. */
function nestedShares(scenario: WeightedScenario): number[] {
  const dims = dimensionsOf(scenario);
  const given = scenario.weights?.dimensions ?? {};
  const listed = Object.keys(given).filter((d) => dims.has(d));
  const fill =
    listed.length === 0 ? 1 : listed.reduce((a, d) => a + usable(given[d]), 0) / listed.length;
  const names = [...dims.keys()];
  const dimShare = shares(names.map((d) => (Object.hasOwn(given, d) ? usable(given[d]) : fill)));
  const out = new Array<number>(scenario.indicators.length).fill(0);
  names.forEach((d, k) => {
    const members = dims.get(d)!;
    const inner = shares(members.map((j) => scenario.indicators[j]!.weight ?? 1));
    members.forEach((j, i) => {
      out[j] = inner[i]! * dimShare[k]!;
    });
  });
  return out;
}

/**
 * Indicator positions by dimension, in order of first appearance; an indicator without a
 * dimension is its own dimension, named after its id.
 */
export function dimensionsOf(scenario: WeightedScenario): Map<string, number[]> {
  const dims = new Map<string, number[]>();
  scenario.indicators.forEach((ind, j) => {
    const d = ind.dimension ?? ind.id;
    const list = dims.get(d);
    if (list === undefined) dims.set(d, [j]);
    else list.push(j);
  });
  return dims;
}
