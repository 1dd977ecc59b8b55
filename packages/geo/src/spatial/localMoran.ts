import { createRng, type Rng } from '@lokus/core';
import { checkValues } from './checkValues.ts';
import { type LocalMoranMoments, localMoranMoments } from './localMoranMoments.ts';
import { RandomStream } from './randomStream.ts';
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

/** Rows of the shared table of random neighbour sets (at least the number of permutations). */
const TABLE_ROWS = 4096;

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
 * seeded from `rng`. Permuted sums use single-precision z to halve memory traffic (the observed
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
  const { permutations = 999, rng = createRng(1), significance = 0.05 } = options;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new Error('localMoran requires a non-negative integer number of permutations');
  }
  if (!(significance > 0 && significance < 1)) {
    throw new Error('localMoran requires a significance level between 0 and 1');
  }
  const values = checkValues('localMoran', y, w);
  const n = values.length;
  const { offsets, neighbours, weights } = w;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  if (ss === 0) throw new Error('localMoran requires values that are not all equal');
  const sd = Math.sqrt(ss / n);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = (values[i]! - mean) / sd;
  // Σ z² = n for standardised z, so I_i = (n − 1) / n · z_i · lag_i.
  const scale = (n - 1) / n;

  const Is = new Float64Array(n);
  const lag = new Float64Array(n);
  const quadrant = new Uint8Array(n);
  const pSim = new Float64Array(n).fill(Number.NaN);
  const zSim = new Float64Array(n).fill(Number.NaN);
  const cluster = new Uint8Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, offsets[i + 1]! - offsets[i]!);
  const rowWeights = new Float64Array(maxDegree);
  const stream = new RandomStream(rng);
  // The table of random neighbour sets: each row holds maxDegree distinct ranks in 0..n-2 (a
  // partial Fisher–Yates over a rank buffer, restored after each row).
  const rows = permutations === 0 ? 0 : Math.max(permutations, TABLE_ROWS);
  const table = new Int32Array(rows * Math.min(maxDegree, n - 1));
  const pool = new Int32Array(Math.max(n - 1, 0));
  for (let r = 0; r < pool.length; r++) pool[r] = r;
  const width = Math.min(maxDegree, n - 1);
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < width; t++) {
      const pick = t + stream.below(n - 1 - t);
      const drawn = pool[pick]!;
      pool[pick] = pool[t]!;
      pool[t] = drawn;
      table[r * width + t] = drawn;
    }
    for (let t = 0; t < width; t++) {
      const drawn = table[r * width + t]!;
      pool[t] = t;
      pool[drawn] = drawn;
    }
  }
  const zf = Float32Array.from(z);

  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    let l = 0;
    let self = 0;
    for (let k = from; k < to; k++) {
      const j = neighbours[k]!;
      if (j === i) self += weights[k]!;
      else l += weights[k]! * z[j]!;
    }
    const zi = z[i]!;
    lag[i] = l + self * zi;
    Is[i] = scale * zi * lag[i]!;
    quadrant[i] = zi > 0 ? (lag[i]! > 0 ? 1 : 4) : lag[i]! > 0 ? 2 : 3;
    if (permutations === 0) continue;

    // Other neighbours (self excluded), drawn from the other n − 1 observations.
    let degree = 0;
    for (let k = from; k < to; k++) {
      if (neighbours[k] !== i) rowWeights[degree++] = weights[k]!;
    }
    if (degree === 0) continue;
    const factor = scale * zi;
    const fixed = self * zi;
    // Permuted sums read single-precision z (half the memory, so the random reads mostly hit
    // the cache); the observed value is recomputed the same way so that ties compare exactly.
    let observedSum = fixed;
    for (let k = from, t = 0; k < to; k++) {
      if (neighbours[k] !== i) observedSum += rowWeights[t++]! * zf[neighbours[k]!]!;
    }
    const observed = factor * observedSum;
    let above = 0;
    let sum = 0;
    let sumSq = 0;
    let row = stream.below(rows);
    for (let r = 0; r < permutations; r++) {
      let s = fixed;
      const base = row * width;
      for (let t = 0; t < degree; t++) {
        const drawn = table[base + t]!;
        s += rowWeights[t]! * zf[drawn < i ? drawn : drawn + 1]!;
      }
      if (++row === rows) row = 0;
      const v = factor * s;
      sum += v;
      sumSq += v * v;
      if (v >= observed) above++;
    }
    const extreme = Math.min(above, permutations - above);
    pSim[i] = (extreme + 1) / (permutations + 1);
    const mu = sum / permutations;
    zSim[i] = (Is[i]! - mu) / Math.sqrt(Math.max(0, sumSq / permutations - mu * mu));
    if (pSim[i]! < significance) cluster[i] = quadrant[i]!;
  }
  const analytic = localMoranMoments(z, Is, w);
  return { n, Is, z, lag, quadrant, pSim, zSim, cluster, permutations, significance, analytic };
}
