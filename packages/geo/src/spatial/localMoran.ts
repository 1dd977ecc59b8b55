import type { Rng } from '@lokus/core';
import { finishLocalMoran } from './finishLocalMoran.ts';
import type { LocalMoranMoments } from './localMoranMoments.ts';
import { localMoranPermutations } from './localMoranPermutations.ts';
import { prepareLocalMoran } from './prepareLocalMoran.ts';
import type { SpatialWeights } from './types.ts';

/** Options of {@link localMoran}. */
export interface LocalMoranOptions {
  /** Conditional permutations per observation (default 999; 0 skips them). */
  readonly permutations?: number;
  /** Seeded random number generator (default `createRng(1)`). */
  readonly rng?: Rng;
  /** A cluster is reported where `pSim < significance` (default 0.05, as esda). */
  readonly significance?: number;
}

/**
 * Quadrant labels by code: 0 not significant, then esda's `q` 1–4.
 *
 * @example
 * LISA_LABELS[3]; // => 'LL'
 */
export const LISA_LABELS = ['ns', 'HH', 'LH', 'LL', 'HL'] as const;

/** Output of {@link localMoran}. */
export interface LocalMoranResult {
  readonly n: number;
  /** Local Moran I_i, esda scaling: (n − 1) z_i Σ_j w_ij z_j / Σ_k z_k². */
  readonly Is: Float64Array;
  /** Standardised values (y − ȳ) / sd, sd with divisor n (esda's `z`). */
  readonly z: Float64Array;
  /** Spatial lag of the standardised values, Σ_j w_ij z_j. */
  readonly lag: Float64Array;
  /**
   * Moran scatterplot quadrant, esda's `q`: 1 HH (z > 0, lag > 0), 2 LH, 3 LL, 4 HL; zero counts
   * as low.
   */
  readonly quadrant: Uint8Array;
  /** Conditional permutation pseudo p-values, one-sided toward the observed side. */
  readonly pSim: Float64Array;
  /** (I_i − mean of permuted I_i) / their standard deviation. */
  readonly zSim: Float64Array;
  /** `quadrant` where `pSim < significance`, else 0 (`LISA_LABELS[cluster]` names it). */
  readonly cluster: Uint8Array;
  readonly permutations: number;
  readonly significance: number;
  /**
   * Analytic inference (R spdep's `localmoran`): E[I_i], Var[I_i], z and two-sided p under total
   * and under conditional randomisation, in the scaling of `Is` (see {@link localMoranMoments}).
   */
  readonly analytic: {
    readonly total: LocalMoranMoments;
    readonly conditional: LocalMoranMoments;
  };
}

/**
 * Local Moran's I (LISA; Anselin 1995, "Local indicators of spatial association", Geogr. Anal.
 * 27(2)) with conditional permutation inference.
 *
 * Scaling: I_i = (n − 1) z_i Σ_j w_ij z_j / Σ_k z_k², PySAL esda's `Moran_Local.Is`. R spdep's
 * `localmoran` divides by m2 = Σ z_k² / n instead, so spdep's Ii = esda's I_i × n / (n − 1); the
 * permutation p-values do not depend on the scaling.
 *
 * Inference (conditional randomisation, Anselin 1995): z_i stays in place and its |N_i|
 * neighbours' values are replaced by a random sample, without replacement, of the other n − 1
 * values; p = (M + 1) / (R + 1) with M the permuted I_i at least as extreme on the observed side
 * (esda's `p_sim`). As in esda's `crand`, the samples come from one table of random draws shared
 * by all observations (here max(R, 4096) rows, each max|N| distinct ranks among n − 1, a rank r
 * standing for observation r, or r + 1 from i upward); each observation reads R consecutive rows
 * from its own random start, so its R samples are independent. The draws are an sfc32 stream
 * seeded from `rng`, all made before the observations' permutation loops
 * ({@link prepareLocalMoran}), so the observations can be split across threads
 * (`@lokus/geo/node`'s `createSpatialPool`) with identical results. Permuted sums use single-precision z to halve memory traffic (the observed
 * I_i is recomputed the same way for the comparison). A self-weight, if present, stays attached
 * to z_i. Islands get I_i = 0 and p = NaN.
 *
 * `analytic` adds the normal-approximation inference of R spdep's `localmoran`: the expected
 * value, variance, z and p of each I_i under total and under conditional randomisation
 * ({@link localMoranMoments}).
 *
 * Missing values are an error (use {@link subsetWeights}). Complexity: O(n + nnz) plus
 * O(R · nnz) for R permutations.
 *
 * @param y - One finite value per observation.
 * @param w - Spatial weights (row-standardised is usual).
 * @param options - `permutations` (default 999), `rng` (default `createRng(1)`), `significance`
 *   (default 0.05).
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * Array.from(localMoran([1, 2, 3, 4], w, { permutations: 0 }).quadrant); // => [3, 3, 1, 1]
 */
export function localMoran(
  y: ArrayLike<number>,
  w: SpatialWeights,
  options: LocalMoranOptions = {},
): LocalMoranResult {
  const setup = prepareLocalMoran(y, w, options);
  const pSim = new Float64Array(setup.n).fill(Number.NaN);
  const zSim = new Float64Array(setup.n).fill(Number.NaN);
  localMoranPermutations(setup, 0, setup.n, pSim, zSim);
  return finishLocalMoran(setup, pSim, zSim);
}
