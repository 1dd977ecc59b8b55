import type { RobustnessModel } from './prepareRobustness.ts';
import { choiceOf, ROBUSTNESS_FACTORS, sampleValues } from './sampleChoice.ts';
import { sobolDesign } from './sobolDesign.ts';
import type { SobolPart } from './types.ts';

/**
 * Runs Saltelli's design (`sobolDesign`) on base samples `[from, to)` of a prepared analysis,
 * one factor per varied choice (`model.factors`: weights, normalisation, aggregation, dropped
 * indicator). The output is the number of villages whose selection differs from the base run.
 * Row j of A and B reads its own streams (`streamSeed(seed, 1 or 2, j, factor)`), so ranges can
 * run on separate threads and be concatenated with `mergeSobolParts`.
 * Cost: (to − from)·(k + 2) draws for k varied choices.
 *
 * @example
 * const { model } = prepareRobustness(table, scenario); // see prepareRobustness
 * runSobolSamples(model!, { to: 64 }).fA.length; // => 64
 */
export function runSobolSamples(
  model: RobustnessModel,
  options: { readonly from?: number; readonly to?: number } = {},
): SobolPart {
  const { from = 0, to = model.spec.sobol } = options;
  const n = model.table.length;
  const base = model.base.stages.selected.selected;
  const selected = new Uint8Array(n);
  const factors = model.factors.map((f) => ROBUSTNESS_FACTORS.indexOf(f));
  return sobolDesign(
    (matrix, j) => sampleValues(model, matrix, j),
    factors,
    (values) => {
      model.select(model.score(choiceOf(model.spec, values)), selected);
      let changed = 0;
      for (let i = 0; i < n; i++) changed += selected[i]! ^ base[i]!;
      return changed;
    },
    { from, to },
  );
}
