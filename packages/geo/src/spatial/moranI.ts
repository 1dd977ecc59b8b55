import { createRng, type Rng } from '@lokus/core';
import { checkValues } from './checkValues.ts';
import { twoSidedP } from './normalTail.ts';
import { crossProduct, permutedCrossProducts } from './permutedCrossProducts.ts';
import { RandomStream } from './randomStream.ts';
import type { SpatialWeights } from './types.ts';
import { weightMoments } from './weightMoments.ts';

/** Options of {@link moranI}. */
export interface MoranOptions {
  /** Number of random permutations for the pseudo p-value (default 999; 0 skips them). */
  readonly permutations?: number;
  /** Seeded random number generator (default `createRng(1)`). */
  readonly rng?: Rng;
}

/** Output of {@link moranI}. p-values are two-sided unless named otherwise. */
export interface MoranResult {
  /** Number of observations. */
  readonly n: number;
  /** Moran's I. */
  readonly I: number;
  /** E[I] = −1 / (n − 1). */
  readonly expected: number;
  /** Var[I] under the normality assumption. */
  readonly varianceNormal: number;
  readonly zNormal: number;
  readonly pNormal: number;
  /** Var[I] under randomisation (depends on the kurtosis of y). */
  readonly varianceRandom: number;
  readonly zRandom: number;
  readonly pRandom: number;
  readonly permutations: number;
  /**
   * Permutation pseudo p-value, one-sided toward the observed side (PySAL esda's `p_sim`):
   * (M + 1) / (R + 1), M the number of permuted I at least as extreme on the observed side.
   */
  readonly pSim: number;
  /** (I − mean of permuted I) / their standard deviation (esda's `z_sim`). */
  readonly zSim: number;
  readonly expectedSim: number;
  readonly seSim: number;
  /** The permuted values of I. */
  readonly simulations: Float64Array;
}

/**
 * Global Moran's I of `y` under weights `w`:
 * I = (n / S0) Σ_ij w_ij z_i z_j / Σ_i z_i², z = y − ȳ.
 *
 * Inference (Cliff & Ord 1981, "Spatial Processes", ch. 2; as R spdep's `moran.test` and PySAL
 * esda's `Moran`): E[I] = −1/(n − 1); variance under normality
 * (n²S1 − nS2 + 3S0²) / (S0²(n² − 1)) − E[I]² and under randomisation
 * [n((n² − 3n + 3)S1 − nS2 + 3S0²) − b2((n² − n)S1 − 2nS2 + 6S0²)] / ((n − 1)(n − 2)(n − 3)S0²)
 * − E[I]², b2 = n Σz⁴ / (Σz²)²; z-scores and two-sided normal p-values. Permutation inference
 * shuffles y (Fisher–Yates) `permutations` times, as esda (`p_sim`, `z_sim`); the draws are an
 * sfc32 stream seeded from `rng`, so a seed reproduces the result.
 *
 * Missing values are an error: drop those villages first with {@link subsetWeights} (as spdep's
 * `subset.listw`). Islands are kept in n (esda's convention; spdep's `adjust.n` drops them from n).
 *
 * Complexity: O(n + nnz) plus O(R (n + nnz)) for R permutations (the weights are folded onto
 * their upper triangle so each pair is visited once).
 *
 * @param y - One finite value per observation.
 * @param w - Spatial weights (any style; row-standardised is usual).
 * @param options - `permutations` (default 999), `rng` (default `createRng(1)`).
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * moranI([1, 2, 3, 4], w, { permutations: 0 }).I; // => 0.3333333333333333
 */
export function moranI(
  y: ArrayLike<number>,
  w: SpatialWeights,
  options: MoranOptions = {},
): MoranResult {
  const { permutations = 999, rng = createRng(1) } = options;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new Error('moranI requires a non-negative integer number of permutations');
  }
  const values = checkValues('moranI', y, w);
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    z[i] = d;
    m2 += d * d;
    m4 += d * d * d * d;
  }
  if (m2 === 0) throw new Error('moranI requires values that are not all equal');
  const moments = weightMoments(w);
  const { s0, s1, s2 } = moments;
  if (s0 === 0) throw new Error('moranI requires weights with at least one link');
  const scale = n / s0 / m2;
  const I = scale * crossProduct(z, moments);

  const expected = -1 / (n - 1);
  const s02 = s0 * s0;
  const nn = n * n;
  const varianceNormal = (nn * s1 - n * s2 + 3 * s02) / (s02 * (nn - 1)) - expected * expected;
  const b2 = (n * m4) / (m2 * m2);
  const varianceRandom =
    (n * ((nn - 3 * n + 3) * s1 - n * s2 + 3 * s02) - b2 * ((nn - n) * s1 - 2 * n * s2 + 6 * s02)) /
      ((n - 1) * (n - 2) * (n - 3) * s02) -
    expected * expected;
  const zNormal = (I - expected) / Math.sqrt(varianceNormal);
  const zRandom = (I - expected) / Math.sqrt(varianceRandom);

  const simulations = new Float64Array(permutations);
  permutedCrossProducts(z, moments, permutations, new RandomStream(rng), simulations);
  let sum = 0;
  let sumSq = 0;
  let above = 0;
  for (let r = 0; r < permutations; r++) {
    const value = scale * simulations[r]!;
    simulations[r] = value;
    sum += value;
    sumSq += value * value;
    if (value >= I) above++;
  }
  const extreme = Math.min(above, permutations - above);
  const expectedSim = permutations > 0 ? sum / permutations : Number.NaN;
  const seSim =
    permutations > 0
      ? Math.sqrt(Math.max(0, sumSq / permutations - expectedSim * expectedSim))
      : Number.NaN;
  return {
    n,
    I,
    expected,
    varianceNormal,
    zNormal,
    pNormal: twoSidedP(zNormal),
    varianceRandom,
    zRandom,
    pRandom: twoSidedP(zRandom),
    permutations,
    pSim: permutations > 0 ? (extreme + 1) / (permutations + 1) : Number.NaN,
    zSim: (I - expectedSim) / seSim,
    expectedSim,
    seSim,
    simulations,
  };
}
