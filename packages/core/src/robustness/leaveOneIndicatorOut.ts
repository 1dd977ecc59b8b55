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
 * const { model } = prepareRobustness(table, scenario); // see prepareRobustness
 * leaveOneIndicatorOut(model!).map((e) => e.indicator); // => ['a', 'b']
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
