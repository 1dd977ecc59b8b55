import type { RobustnessModel } from './prepareRobustness.ts';
import type { LeaveOneOut } from './types.ts';

/**
 * How the selection changes when each indicator is left out: its weight set to 0, the others
 * keeping their relative weights, under the scenario's own normalisation, aggregation and
 * selection rules (the same as a draw that drops it). Data-driven weights (entropy, CRITIC) are
 * not re-derived without the indicator. An indicator whose removal would leave no positive
 * weight is not listed. Codes of entered and left villages are in table order. O(m) scorings.
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
 * leaveOneIndicatorOut(model!)[1];
 * // => { indicator: 'b', entered: ['99.01.01.2002'], left: ['99.01.01.2001'] }
 */
export function leaveOneIndicatorOut(model: RobustnessModel): LeaveOneOut[] {
  const { table, scenario, baseWeights } = model;
  const n = table.length;
  const base = model.base.stages.selected.selected;
  const selected = new Uint8Array(n);
  const out: LeaveOneOut[] = [];
  model.indicators.forEach((indicator, j) => {
    const weights = Float64Array.from(baseWeights);
    weights[j] = 0;
    if (!weights.some((w) => w > 0)) return;
    const choice = {
      weights,
      normalise: scenario.normalise.method,
      aggregate: scenario.aggregate.method,
      dropped: j,
    };
    model.select(model.score(choice), selected);
    const entered: string[] = [];
    const left: string[] = [];
    for (let i = 0; i < n; i++) {
      if (selected[i] === 1 && base[i] === 0) entered.push(table.code[i]!);
      else if (selected[i] === 0 && base[i] === 1) left.push(table.code[i]!);
    }
    out.push({ indicator, entered, left });
  });
  return out;
}
