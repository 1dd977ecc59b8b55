import { createRng } from '../random.ts';
import type { Rng } from '../types.ts';
import { gammaVariate } from './gammaVariate.ts';
import { streamSeed } from './streamSeed.ts';
import type { ResolvedRobustness, RobustnessChoice, RobustnessFactor } from './types.ts';

/** The choices in the order of their random streams (stream = index in this list). */
export const ROBUSTNESS_FACTORS: readonly RobustnessFactor[] = [
  'weights',
  'normalise',
  'aggregate',
  'dropIndicator',
];

/** What a choice is drawn around: the analysis and the agreed weights (indicator order). */
export interface ChoiceSpace {
  readonly spec: ResolvedRobustness;
  readonly baseWeights: Float64Array;
}

/** The value of one factor, drawn from its own stream. */
export type FactorValue = Float64Array | number;

/**
 * Draws the value of one factor from `rng`: relative weights (`weights`), an index into the
 * method lists (`normalise`, `aggregate`) or the dropped indicator (−1 for none).
 */
export function sampleFactor(space: ChoiceSpace, factor: number, rng: Rng): FactorValue {
  const { spec, baseWeights: b } = space;
  const m = b.length;
  switch (ROBUSTNESS_FACTORS[factor]) {
    case 'weights': {
      const x = new Float64Array(m);
      const { method, factor: f, concentration: c } = spec.weights;
      let sum = 0;
      for (let j = 0; j < m; j++) sum += b[j]!;
      for (let j = 0; j < m; j++) {
        if (method === 'uniform') x[j] = b[j]! * (1 + f * (2 * rng() - 1));
        else if (method === 'dirichlet') x[j] = gammaVariate((c * b[j]!) / sum, rng);
        else x[j] = b[j]!;
      }
      // A Dirichlet draw so concentrated that every variate underflowed keeps the agreed weights.
      return x.some((v) => v > 0) ? x : Float64Array.from(b);
    }
    case 'normalise':
      return Math.floor(rng() * spec.normalise.length);
    case 'aggregate':
      return Math.floor(rng() * spec.aggregate.length);
    default: {
      if (!(rng() < spec.dropIndicator)) return -1;
      // Only an indicator whose removal leaves some positive weight can be dropped.
      const droppable: number[] = [];
      for (let j = 0; j < m; j++) if (b.some((w, k) => k !== j && w > 0)) droppable.push(j);
      if (droppable.length === 0) return -1;
      return droppable[Math.floor(rng() * droppable.length)]!;
    }
  }
}

/**
 * Builds a choice from one value per factor; a dropped indicator's weight becomes 0.
 */
export function choiceOf(
  spec: ResolvedRobustness,
  values: readonly FactorValue[],
): RobustnessChoice {
  const weights = Float64Array.from(values[0] as Float64Array);
  let dropped = values[3] as number;
  if (dropped >= 0) {
    const kept = weights[dropped]!;
    weights[dropped] = 0;
    // Underflowed Dirichlet weights could leave nothing: then the draw drops nothing.
    if (!weights.some((w) => w > 0)) {
      weights[dropped] = kept;
      dropped = -1;
    }
  }
  return {
    weights,
    normalise: spec.normalise[values[1] as number]!,
    aggregate: spec.aggregate[values[2] as number]!,
    dropped,
  };
}

/**
 * The factor values of row `index` of Sobol matrix `matrix` (1 = A, 2 = B): each factor is drawn
 * from its own stream `streamSeed(seed, matrix, index, factor)`, so Sobol's "A with factor i from
 * B" is `choiceOf` of A's values with B's value i.
 */
export function sampleValues(space: ChoiceSpace, matrix: number, index: number): FactorValue[] {
  return ROBUSTNESS_FACTORS.map((_, g) =>
    sampleFactor(space, g, createRng(streamSeed(space.spec.seed, matrix, index, g))),
  );
}

/**
 * The factor values of Monte Carlo draw `index`: one stream per draw,
 * `streamSeed(seed, 0, index)`, read factor after factor (cheaper than a stream per factor, which
 * only the Sobol design needs).
 */
export function sampleDraw(space: ChoiceSpace, index: number): FactorValue[] {
  const rng = createRng(streamSeed(space.spec.seed, 0, index));
  const values: FactorValue[] = [];
  for (let g = 0; g < ROBUSTNESS_FACTORS.length; g++) values.push(sampleFactor(space, g, rng));
  return values;
}
