import type { WeightOutput } from '../result.ts';
import type { ScenarioIndicator } from '../scenario/types.ts';
import { normaliseWeights, weightRecord } from './normaliseWeights.ts';

/**
 * Two-level weights: each indicator's weight within its dimension times the dimension's weight,
 * as in composite indices built from sub-indices. IDM, for example, is (IKS + IKE + IKL) / 3 with
 * indicators averaged inside each sub-index (Permendesa 2/2016), i.e. equal dimension weights
 * and equal indicator weights within each dimension.
 *
 * Method: w_j = (u_j / Σ_{k∈d(j)} u_k) × (D_{d(j)} / Σ_d D_d), where u_j is the indicator's
 * `weight` (default 1) and D_d the dimension weight. Dimensions missing from `dimensions` get the
 * mean of the listed dimension weights (all equal when `dimensions` is absent or empty), so the
 * result does not depend on the scale the listed weights are written in. O(m).
 *
 * @param indicators - Indicators in scenario order, each with a `dimension`.
 * @param dimensions - Weight by dimension id (renormalised).
 * @returns Weights summing to 1 in indicator order, method `nested`, and the renormalised
 *   dimension weights.
 * @throws When an indicator has no dimension, a weight is negative or not finite, every weight
 *   within a dimension is zero, all dimension weights are zero, or `dimensions` names a dimension
 *   that no indicator has.
 * @example
 * nestedWeights([
 *   { id: 'a', dimension: 'IKS' }, { id: 'b', dimension: 'IKS' }, { id: 'c', dimension: 'IKE' },
 * ] as ScenarioIndicator[]).weights; // => { a: 0.25, b: 0.25, c: 0.5 }
 */
export function nestedWeights(
  indicators: readonly ScenarioIndicator[],
  dimensions?: Readonly<Record<string, number>>,
): WeightOutput {
  const fn = 'nestedWeights';
  if (indicators.length === 0) throw new Error(`${fn} requires at least one indicator`);
  if (new Set(indicators.map((ind) => ind.id)).size !== indicators.length)
    throw new Error(`${fn} requires unique indicator ids`);
  const members = new Map<string, ScenarioIndicator[]>();
  for (const ind of indicators) {
    if (ind.dimension === undefined)
      throw new Error(`${fn} requires a dimension for indicator "${ind.id}"`);
    const list = members.get(ind.dimension);
    if (list === undefined) members.set(ind.dimension, [ind]);
    else list.push(ind);
  }
  const dims = [...members.keys()];
  const given = dimensions ?? {};
  for (const d of Object.keys(given)) {
    if (!members.has(d))
      throw new Error(`${fn} requires dimension weights for known dimensions only, got "${d}"`);
  }
  const listed = Object.values(given);
  const fill = listed.length === 0 ? 1 : listed.reduce((a, b) => a + b, 0) / listed.length;
  const rawDims: Record<string, number> = {};
  for (const d of dims) rawDims[d] = Object.hasOwn(given, d) ? given[d]! : fill;
  const dimW = normaliseWeights(fn, rawDims, dims);

  const weights: Record<string, number> = {};
  for (const ind of indicators) weights[ind.id] = 0;
  dims.forEach((d, k) => {
    const list = members.get(d)!;
    const ids = list.map((ind) => ind.id);
    const inner = normaliseWeights(
      fn,
      Object.fromEntries(list.map((ind) => [ind.id, ind.weight ?? 1])),
      ids,
    );
    for (let j = 0; j < ids.length; j++) weights[ids[j]!] = inner[j]! * dimW[k]!;
  });
  return { method: 'nested', weights, dimensions: weightRecord(dims, dimW) };
}
