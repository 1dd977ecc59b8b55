import { createRng } from '@lokus/core';
import { checkValues } from './checkValues.ts';
import type { MoranOptions } from './moranI.ts';
import { twoSidedP } from './normalTail.ts';
import { crossProduct } from './permutedCrossProducts.ts';
import { seedWords } from './seedWords.ts';
import type { SpatialWeights } from './types.ts';
import { type WeightMoments, weightMoments } from './weightMoments.ts';

/**
 * Everything of Moran's I except the permutations: the centred values, the folded weights, the
 * statistic with its analytic inference, and the seed of the permutation streams. The
 * permutations (`permutedCrossProducts(z, moments, seed, from, to, out)`) can then run in one
 * call or in ranges on several threads; {@link finishMoran} turns their cross products into the
 * result.
 */
export interface MoranSetup {
  readonly n: number;
  /** y − ȳ. */
  readonly z: Float64Array;
  readonly moments: WeightMoments;
  /** n / (S0 Σ z²): I = scale × Σ_ij w_ij z_i z_j. */
  readonly scale: number;
  readonly I: number;
  readonly permutations: number;
  /** Seed words of the permutation streams (four draws of the `rng` option). */
  readonly seed: Uint32Array;
  readonly analytic: {
    readonly expected: number;
    readonly varianceNormal: number;
    readonly zNormal: number;
    readonly pNormal: number;
    readonly varianceRandom: number;
    readonly zRandom: number;
    readonly pRandom: number;
  };
}

/**
 * The part of {@link moranI} before the permutations (checks, statistic, analytic inference,
 * seed).
 *
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * prepareMoran([1, 2, 3, 4], w, { permutations: 0 }).I; // => 0.3333333333333333
 */
export function prepareMoran(
  y: ArrayLike<number>,
  w: SpatialWeights,
  options: MoranOptions = {},
): MoranSetup {
  const { permutations = 999, rng = createRng(1) } = options;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new Error('moranI requires a non-negative integer number of permutations');
  }
  // checkValues returns a copy of y: it is centred in place.
  const z = checkValues('moranI', y, w);
  const n = z.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += z[i]!;
  mean /= n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = z[i]! - mean;
    z[i] = d;
    m2 += d * d;
    m4 += d * d * d * d;
  }
  if (m2 === 0) throw new Error('moranI requires values that are not all equal');
  const moments = weightMoments(w);
  if (moments.s0 === 0) throw new Error('moranI requires weights with at least one link');
  const scale = n / moments.s0 / m2;
  const I = scale * crossProduct(z, moments);
  const analytic = moranAnalytic(n, I, moments, (n * m4) / (m2 * m2));
  return { n, z, moments, scale, I, permutations, seed: seedWords(rng), analytic };
}

/** E[I] and the variance, z and two-sided p of I under normality and randomisation. */
function moranAnalytic(
  n: number,
  I: number,
  moments: WeightMoments,
  b2: number,
): MoranSetup['analytic'] {
  const { s0, s1, s2 } = moments;
  const expected = -1 / (n - 1);
  const s02 = s0 * s0;
  const nn = n * n;
  const varianceNormal = (nn * s1 - n * s2 + 3 * s02) / (s02 * (nn - 1)) - expected * expected;
  const varianceRandom =
    (n * ((nn - 3 * n + 3) * s1 - n * s2 + 3 * s02) - b2 * ((nn - n) * s1 - 2 * n * s2 + 6 * s02)) /
      ((n - 1) * (n - 2) * (n - 3) * s02) -
    expected * expected;
  const zNormal = (I - expected) / Math.sqrt(varianceNormal);
  const zRandom = (I - expected) / Math.sqrt(varianceRandom);
  return {
    expected,
    varianceNormal,
    zNormal,
    pNormal: twoSidedP(zNormal),
    varianceRandom,
    zRandom,
    pRandom: twoSidedP(zRandom),
  };
}
