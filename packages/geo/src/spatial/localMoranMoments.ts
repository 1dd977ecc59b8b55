import { twoSidedP } from './normalTail.ts';
import type { SpatialWeights } from './types.ts';

/** Analytic moments of each local Moran I_i, with z-values and two-sided normal p-values. */
export interface LocalMoranMoments {
  /** E[I_i]. */
  readonly expected: Float64Array;
  /** Var[I_i]. */
  readonly variance: Float64Array;
  /** (I_i − E[I_i]) / √Var[I_i]; NaN for islands and rows with a self-weight. */
  readonly z: Float64Array;
  /** 2 P(Z > |z|). */
  readonly p: Float64Array;
}

/**
 * Analytic inference for local Moran's I_i (Anselin 1995, "Local indicators of spatial
 * association", Geogr. Anal. 27(2), appendix; Sokal, Oden & Thomson 1998), as R spdep's
 * `localmoran` (1.2) gives it with `mlvar = TRUE`, in the esda scaling of {@link localMoran}'s
 * `Is` (spdep's E is this one × n/(n − 1), its variance × (n/(n − 1))²; z and p are the same).
 * With z standardised (Σz² = n), W_i = Σ_j w_ij and W2_i = Σ_j w_ij², in spdep's scaling:
 *
 * - `total` randomisation (every value permuted): E = −W_i/(n − 1),
 *   Var = A·W2_i + B·(W_i² − W2_i) − E², A = (n − b2)/(n − 1), B = (2b2 − n)/((n − 1)(n − 2)),
 *   b2 = Σz⁴/n;
 * - `conditional` randomisation (z_i fixed, the others permuted): E = −z_i² W_i/(n − 1),
 *   Var = z_i² · n/(n − 2) · (W2_i − W_i²/(n − 1)) · (1 − z_i²/(n − 1)).
 *
 * Rows with a self-weight (not covered by the formulas) and islands get NaN z and p. O(n + nnz).
 *
 * @param z - Standardised values (mean 0, Σz² = n), as `localMoran`'s `z`.
 * @param Is - Local Moran values in esda scaling.
 * @param w - The spatial weights used for `Is`.
 * @returns Moments under total and under conditional randomisation.
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * const r = localMoran([1, 2, 3, 4], w, { permutations: 0 });
 * localMoranMoments(r.z, r.Is, w).total.expected[0]; // => -0.25
 */
export function localMoranMoments(
  z: Float64Array,
  Is: Float64Array,
  w: SpatialWeights,
): { readonly total: LocalMoranMoments; readonly conditional: LocalMoranMoments } {
  const n = z.length;
  let m4 = 0;
  for (let i = 0; i < n; i++) m4 += z[i]! ** 4;
  const b2 = m4 / n;
  const a = (n - b2) / (n - 1);
  const b = (2 * b2 - n) / ((n - 1) * (n - 2));
  // From spdep's scaling (divisor m2 = 1) to esda's: × (n − 1)/n.
  const scale = (n - 1) / n;
  const total = emptyMoments(n);
  const conditional = emptyMoments(n);
  for (let i = 0; i < n; i++) {
    const { wi, wi2, self } = rowSums(w, i);
    const zi2 = z[i]! * z[i]!;
    const eTotal = -wi / (n - 1);
    const vTotal = a * wi2 + b * (wi * wi - wi2) - eTotal * eTotal;
    const eCond = (-zi2 * wi) / (n - 1);
    const vCond = zi2 * (n / (n - 2)) * (wi2 - (wi * wi) / (n - 1)) * (1 - zi2 / (n - 1));
    set(total, i, scale * eTotal, scale * scale * vTotal, Is[i]!, self || wi === 0);
    set(conditional, i, scale * eCond, scale * scale * vCond, Is[i]!, self || wi === 0);
  }
  return { total, conditional };
}

function emptyMoments(n: number): LocalMoranMoments {
  return {
    expected: new Float64Array(n),
    variance: new Float64Array(n),
    z: new Float64Array(n),
    p: new Float64Array(n),
  };
}

/** W_i and W2_i of row i, and whether it holds a self-weight. */
function rowSums(w: SpatialWeights, i: number): { wi: number; wi2: number; self: boolean } {
  let wi = 0;
  let wi2 = 0;
  let self = false;
  for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
    if (w.neighbours[k] === i) self = true;
    wi += w.weights[k]!;
    wi2 += w.weights[k]! * w.weights[k]!;
  }
  return { wi, wi2, self };
}

function set(
  m: LocalMoranMoments,
  i: number,
  expected: number,
  variance: number,
  value: number,
  undefinedRow: boolean,
): void {
  m.expected[i] = undefinedRow ? Number.NaN : expected;
  m.variance[i] = undefinedRow ? Number.NaN : variance;
  m.z[i] = undefinedRow ? Number.NaN : (value - expected) / Math.sqrt(variance);
  m.p[i] = twoSidedP(m.z[i]!);
}
