import { createRng, type Rng } from '@lokus/core';
import { checkValues } from './checkValues.ts';
import { normalTail, twoSidedP } from './normalTail.ts';
import { crossProduct, permutedCrossProducts } from './permutedCrossProducts.ts';
import { seedWords } from './seedWords.ts';
import type { SpatialWeights } from './types.ts';
import { weightMoments } from './weightMoments.ts';

/** Options of {@link generalG}. */
export interface GeneralGOptions {
  /** Random permutations for the pseudo p-value (default 999; 0 skips them). */
  readonly permutations?: number;
  /** Seeded random number generator (default `createRng(1)`). */
  readonly rng?: Rng;
}

/** Output of {@link generalG}. */
export interface GeneralGResult {
  /** Observations in the statistic (islands left out, as spdep's `adjust.n`). */
  readonly n: number;
  /** G = Σ_{i≠j} w_ij x_i x_j / Σ_{i≠j} x_i x_j. */
  readonly G: number;
  /** E[G] = S0 / (n (n − 1)). */
  readonly expected: number;
  /** Var[G] under total randomisation (Getis & Ord 1992, with the B1 correction). */
  readonly variance: number;
  readonly z: number;
  /** One-sided P(Z > z): high values cluster (spdep's default alternative "greater"). */
  readonly pGreater: number;
  /** Two-sided normal p-value. */
  readonly p: number;
  readonly permutations: number;
  /** Permutation pseudo p-value, one-sided toward the observed side, (M + 1) / (R + 1). */
  readonly pSim: number;
  /** Mean and standard deviation of the permuted G. */
  readonly expectedSim: number;
  readonly seSim: number;
  /** (G − expectedSim) / seSim. */
  readonly zSim: number;
}

/**
 * The global General G of Getis & Ord ("The analysis of spatial association by use of distance
 * statistics", Geogr. Anal. 24(3), 1992): G = Σ_{i≠j} w_ij x_i x_j / Σ_{i≠j} x_i x_j for x ≥ 0,
 * large when high values sit near high values. Inference as R spdep's `globalG.test` with its
 * defaults: E[G] = S0 / (n(n − 1)) and
 * Var[G] = (B0 m2² + B1 m4 + B2 m1² m2 + B3 m1 m3 + B4 m1⁴) / ((m1² − m2)² n(n − 1)(n − 2)(n − 3))
 * − E[G]², m_k = Σ x^k, with B0 = (n² − 3n + 3)S1 − nS2 + 3S0², B1 = −[(n² − n)S1 − 2nS2 + 6S0²]
 * (the corrected 6), B2 = −[2nS1 − (n + 3)S2 + 6S0²], B3 = 4(n − 1)S1 − 2(n + 1)S2 + 8S0²,
 * B4 = S1 − S2 + S0²; islands are left out of n and of the sums of x (`adjust.n`, `adjust.x`).
 * Permutation inference shuffles x over all observations `permutations` times (the denominator
 * does not change; with islands, their values are shuffled too); the draws are an sfc32 stream
 * seeded from `rng`. Binary weights are the usual choice. G is defined over i ≠ j, so weights with
 * a self-weight are refused.
 *
 * Complexity: O(n + nnz) plus O(R (n + nnz)) for R permutations.
 *
 * @param y - One finite, non-negative value per observation.
 * @param w - Spatial weights.
 * @param options - `permutations` (default 999), `rng` (default `createRng(1)`).
 * @throws When a value is negative or missing, all values are zero, a self-weight is present, or
 *   fewer than four observations have neighbours.
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * generalG([1, 2, 3, 4], w, { permutations: 0 }).G; // => 0.5714285714285714
 */
export function generalG(
  y: ArrayLike<number>,
  w: SpatialWeights,
  options: GeneralGOptions = {},
): GeneralGResult {
  const { permutations = 999, rng = createRng(1) } = options;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new Error('generalG requires a non-negative integer number of permutations');
  }
  const x = checkValues('generalG', y, w);
  for (let i = 0; i < x.length; i++) {
    if (x[i]! < 0) throw new Error('generalG requires non-negative values');
  }
  const moments = weightMoments(w);
  if (moments.selfW.length > 0) throw new Error('generalG requires weights without self-weights');
  const sums = nonIslandSums(x, w);
  const { n, m1, m2 } = sums;
  if (n < 4) throw new Error('generalG requires at least four observations with neighbours');
  const denominator = m1 * m1 - m2;
  if (!(denominator > 0)) throw new Error('generalG requires values that are not all zero');
  const G = crossProduct(x, moments) / denominator;
  const { expected, variance } = generalGMoments(moments, sums);
  const z = (G - expected) / Math.sqrt(variance);
  const sim = permutationSummary(x, moments, denominator, G, permutations, rng);
  return {
    n,
    G,
    expected,
    variance,
    z,
    pGreater: normalTail(z),
    p: twoSidedP(z),
    permutations,
    ...sim,
  };
}

/** n and the power sums of x over the observations with at least one neighbour. */
interface PowerSums {
  readonly n: number;
  readonly m1: number;
  readonly m2: number;
  readonly m3: number;
  readonly m4: number;
}

function nonIslandSums(x: Float64Array, w: SpatialWeights): PowerSums {
  let n = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < x.length; i++) {
    let links = 0;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) if (w.neighbours[k] !== i) links++;
    if (links === 0) continue;
    const v = x[i]!;
    n++;
    m1 += v;
    m2 += v * v;
    m3 += v * v * v;
    m4 += v * v * v * v;
  }
  return { n, m1, m2, m3, m4 };
}

/** E[G] and Var[G] under total randomisation (spdep `globalG.test`, B1correct = TRUE). */
function generalGMoments(
  { s0, s1, s2 }: { s0: number; s1: number; s2: number },
  { n, m1, m2, m3, m4 }: PowerSums,
): { expected: number; variance: number } {
  const s02 = s0 * s0;
  const nn = n * n;
  const expected = s0 / (n * (n - 1));
  const b0 = (nn - 3 * n + 3) * s1 - n * s2 + 3 * s02;
  const b1 = -((nn - n) * s1 - 2 * n * s2 + 6 * s02);
  const b2 = -(2 * n * s1 - (n + 3) * s2 + 6 * s02);
  const b3 = 4 * (n - 1) * s1 - 2 * (n + 1) * s2 + 8 * s02;
  const b4 = s1 - s2 + s02;
  const numerator = b0 * m2 * m2 + b1 * m4 + b2 * m1 * m1 * m2 + b3 * m1 * m3 + b4 * m1 ** 4;
  const variance =
    numerator / ((m1 * m1 - m2) ** 2 * n * (n - 1) * (n - 2) * (n - 3)) - expected * expected;
  return { expected, variance };
}

/** The permutation distribution of G: pseudo p-value, mean, standard deviation, z. */
function permutationSummary(
  x: Float64Array,
  moments: Parameters<typeof crossProduct>[1],
  denominator: number,
  G: number,
  permutations: number,
  rng: Rng,
): Pick<GeneralGResult, 'pSim' | 'expectedSim' | 'seSim' | 'zSim'> {
  if (permutations === 0) {
    return { pSim: Number.NaN, expectedSim: Number.NaN, seSim: Number.NaN, zSim: Number.NaN };
  }
  const sims = new Float64Array(permutations);
  permutedCrossProducts(x, moments, seedWords(rng), 0, permutations, sims);
  let sum = 0;
  let sumSq = 0;
  let above = 0;
  for (let r = 0; r < permutations; r++) {
    const g = sims[r]! / denominator;
    sum += g;
    sumSq += g * g;
    if (g >= G) above++;
  }
  const expectedSim = sum / permutations;
  const seSim = Math.sqrt(Math.max(0, sumSq / permutations - expectedSim * expectedSim));
  const extreme = Math.min(above, permutations - above);
  return {
    pSim: (extreme + 1) / (permutations + 1),
    expectedSim,
    seSim,
    zSim: (G - expectedSim) / seSim,
  };
}
