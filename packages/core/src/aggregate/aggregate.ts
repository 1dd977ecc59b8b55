import type { AggregateOutput } from '../result.ts';
import type { AggregateSpec, ScenarioIndicator } from '../scenario/types.ts';
import type { CoreDiagnostic, IndicatorColumns } from '../types.ts';
import { alkireFoster } from './alkireFoster.ts';
import { arithmeticMean } from './arithmeticMean.ts';
import { COPELAND_MAX_VILLAGES, copeland } from './copeland.ts';
import { geometricMean } from './geometricMean.ts';
import { prometheeII } from './prometheeII.ts';
import { topsis } from './topsis.ts';
import type { AggregateMethodOptions, CriterionType } from './types.ts';
import { vikor } from './vikor.ts';

/** Input of {@link aggregate}. */
export interface AggregateInput {
  /** Oriented normalised columns (higher = more need), for arithmetic, geometric and Copeland. */
  readonly normalised: IndicatorColumns;
  /** Raw treated columns in their own units, for TOPSIS, VIKOR and Alkire–Foster. */
  readonly treated: IndicatorColumns;
  /** Weight by indicator id (e.g. `WeightOutput.weights`). */
  readonly weights: Readonly<Record<string, number>>;
  /** The scenario's indicators: directions and Alkire–Foster cutoffs. */
  readonly indicators: readonly ScenarioIndicator[];
  /** Group of each village (e.g. kecamatan), for per-group Alkire–Foster totals. */
  readonly groups?: readonly string[];
}

/**
 * Aggregates the indicators of a scenario into one score per village: dispatches on
 * `spec.method` to {@link arithmeticMean}, {@link geometricMean}, {@link copeland} or
 * {@link prometheeII} (`spec.preference`, `q`, `p`, one preference function on the normalised
 * scale) on the normalised columns, or to {@link topsis} (`spec.normalise`), {@link vikor} (`spec.v`, default 0.5) or
 * {@link alkireFoster} (each indicator's `cutoff`, `spec.k`, default 1/3) on the treated columns,
 * where a `higher-is-worse` indicator is a benefit criterion and a `higher-is-better` one a cost
 * criterion, so that every method scores the neediest village highest.
 *
 * Data problems become diagnostics: `GEOMETRIC_NON_POSITIVE` (warning, one per indicator with
 * values floored) and `AGGREGATION_TOO_LARGE` (error, Copeland above
 * {@link COPELAND_MAX_VILLAGES} villages; every score is then `NaN`). Complexity: that of the method.
 *
 * @param spec - Aggregation settings of the resolved scenario.
 * @param input - Columns, weights, indicators and optional groups.
 * @returns The aggregate output and diagnostics.
 * @throws When an indicator lacks a column, a weight or (Alkire–Foster) a cutoff.
 * @example
 * aggregate({ method: 'arithmetic' }, {
 *   normalised: { a: Float64Array.of(10, 30) }, treated: {}, weights: { a: 1 },
 *   indicators: [{ id: 'a', direction: 'higher-is-worse' }] as ScenarioIndicator[],
 * }).output.score; // => Float64Array [10, 30]
 */
export function aggregate(
  spec: AggregateSpec & AggregateMethodOptions,
  input: AggregateInput,
): { output: AggregateOutput; diagnostics: CoreDiagnostic[] } {
  const { indicators } = input;
  const weights: Record<string, number> = {};
  for (const ind of indicators) {
    const wj = input.weights[ind.id];
    if (wj === undefined) throw new Error(`aggregate requires a weight for "${ind.id}"`);
    weights[ind.id] = wj;
  }
  const directions: Record<string, CriterionType> = {};
  for (const ind of indicators)
    directions[ind.id] = ind.direction === 'higher-is-worse' ? 'benefit' : 'cost';
  const diagnostics: CoreDiagnostic[] = [];
  switch (spec.method) {
    case 'arithmetic':
      return { output: arithmeticMean(input.normalised, weights), diagnostics };
    case 'geometric': {
      const output = geometricMean(input.normalised, weights);
      for (const ind of indicators) {
        const count = output.summary[`nonPositive:${ind.id}`] ?? 0;
        if (count > 0)
          diagnostics.push({
            code: 'GEOMETRIC_NON_POSITIVE',
            severity: 'warning',
            message: `${count} value(s) of "${ind.id}" are zero or negative; the geometric mean floored them to 0.1% of the indicator's range.`,
            column: ind.id,
            value: count,
          });
      }
      return { output, diagnostics };
    }
    case 'topsis': {
      const normalise = spec.normalise === undefined ? {} : { normalise: spec.normalise };
      return { output: topsis(input.treated, weights, { directions, ...normalise }), diagnostics };
    }
    case 'promethee-ii':
      return { output: prometheeOnNormalised(spec, input.normalised, weights), diagnostics };
    case 'vikor':
      return {
        output: vikor(input.treated, weights, { directions, v: spec.v ?? 0.5 }),
        diagnostics,
      };
    case 'alkire-foster': {
      const cutoffs: Record<string, number> = {};
      const afDirections: Record<string, ScenarioIndicator['direction']> = {};
      for (const ind of indicators) {
        if (ind.cutoff === undefined)
          throw new Error(`aggregate requires a cutoff for "${ind.id}" under alkire-foster`);
        cutoffs[ind.id] = ind.cutoff;
        afDirections[ind.id] = ind.direction;
      }
      const output = alkireFoster(input.treated, {
        cutoffs,
        directions: afDirections,
        weights,
        k: spec.k ?? 1 / 3,
        ...(input.groups === undefined ? {} : { groups: input.groups }),
      });
      return { output, diagnostics };
    }
    case 'copeland': {
      const first = input.normalised[indicators[0]?.id ?? ''];
      const n = first?.length ?? 0;
      if (n > COPELAND_MAX_VILLAGES) {
        diagnostics.push({
          code: 'AGGREGATION_TOO_LARGE',
          severity: 'error',
          message: `Copeland compares every pair of villages and is limited to ${COPELAND_MAX_VILLAGES} villages; this table has ${n}.`,
          value: n,
        });
        return {
          output: {
            method: 'copeland',
            score: new Float64Array(n).fill(Number.NaN),
            details: {},
            summary: {},
          },
          diagnostics,
        };
      }
      return { output: copeland(input.normalised, weights), diagnostics };
    }
    default:
      throw new Error(`aggregate requires a known method, got "${String(spec.method)}"`);
  }
}

/** PROMETHEE II on the oriented normalised columns (every one a benefit criterion). */
function prometheeOnNormalised(
  spec: AggregateMethodOptions,
  normalised: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
): AggregateOutput {
  const directions: Record<string, CriterionType> = {};
  for (const id of Object.keys(weights)) directions[id] = 'benefit';
  const type = spec.preference ?? 'usual';
  const preference = {
    type,
    ...(spec.q === undefined ? {} : { q: spec.q }),
    ...(spec.p === undefined ? {} : { p: spec.p }),
  };
  return prometheeII(normalised, weights, { directions, preference });
}
