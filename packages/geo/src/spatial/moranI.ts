import { createRng, type Rng } from '@lokus/core';
import { checkValues } from './checkValues.ts';
import { twoSidedP } from './normalTail.ts';
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
  permute(z, moments, permutations, new RandomStream(rng), simulations);
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

const BLOCK = 8;

/**
 * Writes Σ_ij w_ij z_π(i) z_π(j) for `permutations` random permutations π into `out`. Blocks of 8
 * permutations are laid out interleaved (value of observation i in permutation q at i × 8 + q),
 * so one pass over the pairs serves 8 permutations with contiguous reads. Each permutation is a
 * Fisher–Yates shuffle of the previous one (still uniformly distributed).
 */
function permute(
  z: Float64Array,
  m: WeightMomentsLike,
  permutations: number,
  stream: RandomStream,
  out: Float64Array,
): void {
  const n = z.length;
  const { pairI, pairJ, pairC, selfI, selfW } = m;
  const shuffled = z.slice();
  const block = new Float64Array(n * BLOCK);
  const acc = new Float64Array(BLOCK);
  for (let r0 = 0; r0 < permutations; r0 += BLOCK) {
    const width = Math.min(BLOCK, permutations - r0);
    for (let q = 0; q < width; q++) {
      for (let i = n - 1; i > 0; i--) {
        const j = stream.below(i + 1);
        const t = shuffled[i]!;
        shuffled[i] = shuffled[j]!;
        shuffled[j] = t;
      }
      for (let i = 0; i < n; i++) block[i * BLOCK + q] = shuffled[i]!;
    }
    if (width === BLOCK) {
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let a4 = 0;
      let a5 = 0;
      let a6 = 0;
      let a7 = 0;
      for (let p = 0; p < pairC.length; p++) {
        const c = pairC[p]!;
        const bi = pairI[p]! * BLOCK;
        const bj = pairJ[p]! * BLOCK;
        a0 += c * block[bi]! * block[bj]!;
        a1 += c * block[bi + 1]! * block[bj + 1]!;
        a2 += c * block[bi + 2]! * block[bj + 2]!;
        a3 += c * block[bi + 3]! * block[bj + 3]!;
        a4 += c * block[bi + 4]! * block[bj + 4]!;
        a5 += c * block[bi + 5]! * block[bj + 5]!;
        a6 += c * block[bi + 6]! * block[bj + 6]!;
        a7 += c * block[bi + 7]! * block[bj + 7]!;
      }
      acc[0] = a0;
      acc[1] = a1;
      acc[2] = a2;
      acc[3] = a3;
      acc[4] = a4;
      acc[5] = a5;
      acc[6] = a6;
      acc[7] = a7;
    } else {
      acc.fill(0);
      for (let p = 0; p < pairC.length; p++) {
        const c = pairC[p]!;
        const bi = pairI[p]! * BLOCK;
        const bj = pairJ[p]! * BLOCK;
        for (let q = 0; q < width; q++) acc[q]! += c * block[bi + q]! * block[bj + q]!;
      }
    }
    for (let p = 0; p < selfW.length; p++) {
      const bi = selfI[p]! * BLOCK;
      for (let q = 0; q < width; q++) acc[q]! += selfW[p]! * block[bi + q]! * block[bi + q]!;
    }
    for (let q = 0; q < width; q++) out[r0 + q] = acc[q]!;
  }
}

interface WeightMomentsLike {
  pairI: Int32Array;
  pairJ: Int32Array;
  pairC: Float64Array;
  selfI: Int32Array;
  selfW: Float64Array;
}

/** Σ_ij w_ij z_i z_j over the folded pairs. */
function crossProduct(z: Float64Array, m: WeightMomentsLike): number {
  const { pairI, pairJ, pairC, selfI, selfW } = m;
  let s = 0;
  for (let p = 0; p < pairC.length; p++) s += pairC[p]! * z[pairI[p]!]! * z[pairJ[p]!]!;
  for (let p = 0; p < selfW.length; p++) {
    const v = z[selfI[p]!]!;
    s += selfW[p]! * v * v;
  }
  return s;
}
