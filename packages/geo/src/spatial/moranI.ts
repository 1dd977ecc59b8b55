import type { Rng } from '@lokus/core';
import { finishMoran } from './finishMoran.ts';
import { permutedCrossProducts } from './permutedCrossProducts.ts';
import { prepareMoran } from './prepareMoran.ts';
import type { SpatialWeights } from './types.ts';

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
 * shuffles y (Fisher–Yates) `permutations` times, as esda (`p_sim`, `z_sim`); permutation r
 * draws from its own sfc32 stream, seeded from four draws of `rng` and r
 * ({@link permutationShuffle}), so a seed reproduces the result and the permutations can be
 * split across threads (`@lokus/geo/node`'s `createSpatialPool`) with identical results.
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
  const setup = prepareMoran(y, w, options);
  const crossProducts = new Float64Array(setup.permutations);
  permutedCrossProducts(setup.z, setup.moments, setup.seed, 0, setup.permutations, crossProducts);
  return finishMoran(setup, crossProducts);
}
