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
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 1, b: 5 } },
 *   { code: '99.01.01.2002', values: { a: 4, b: 2 } },
 *   { code: '99.01.02.2001', values: { a: 3, b: 3 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const scenario = {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 100, weights: { factor: 0.5 } },
 * } as const;
 * const { model } = prepareRobustness(table, scenario);
 * runSobolSamples(model!, { to: 4 }).fA; // => Float64Array [2, 2, 0, 0]
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
