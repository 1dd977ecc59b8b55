import { checkValues } from './checkValues.ts';
import { twoSidedP } from './normalTail.ts';
import type { SpatialWeights } from './types.ts';

/** Options of {@link getisOrdG}. */
export interface GetisOrdOptions {
  /**
   * Gi* (true: i counts as its own neighbour) or Gi (false, default). For Gi*, a self-weight
   * stored in `w` is used; rows without one get w_ii = 1 (binary convention). For row-standardised
   * Gi* as R spdep's `nb2listw(include.self(nb))`, pass `rowStandardise(includeSelf(w))`.
   */
  readonly star?: boolean;
}

/** Output of {@link getisOrdG}. */
export interface GetisOrdResult {
  readonly n: number;
  readonly star: boolean;
  /** G_i (or G_i*): Σ_j w_ij y_j / Σ_j y_j, sums over j ≠ i for Gi. */
  readonly G: Float64Array;
  /** Standardised G (R spdep's `localG` values); NaN for islands. */
  readonly z: Float64Array;
  /** Two-sided normal p-values of `z`. */
  readonly p: Float64Array;
}

/**
 * Getis–Ord local statistics Gi and Gi* as z-values (Getis & Ord 1992, "The analysis of spatial
 * association by use of distance statistics", Geogr. Anal. 24(3); Ord & Getis 1995, Geogr. Anal.
 * 27(4)), in R spdep's `localG` form, which allows any weights:
 *
 * - Gi: x̄_i = (Σx − x_i)/(n − 1), s_i² = (Σx² − x_i²)/(n − 1) − x̄_i²,
 *   z_i = (Σ_{j≠i} w_ij x_j − W_i x̄_i) / √(s_i² ((n − 1) S1_i − W_i²) / (n − 2));
 * - Gi*: x̄, s² = Σ(x − x̄)²/n, z_i = (Σ_j w_ij x_j − W_i x̄) / √(s² (n S1_i − W_i²) / (n − 1));
 *
 * with W_i = Σ_j w_ij and S1_i = Σ_j w_ij². Positive z marks a hot spot, negative a cold spot.
 * p-values are two-sided normal. G itself is meaningful for positive y only.
 *
 * Missing values are an error (use {@link subsetWeights}). Complexity: O(n + nnz).
 *
 * @param y - One finite value per observation.
 * @param w - Spatial weights.
 * @param options - `star` (default false).
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * getisOrdG([1, 2, 3, 4], w, { star: true }).z[3]! > 0; // => true (a hot spot at the high end)
 */
export function getisOrdG(
  y: ArrayLike<number>,
  w: SpatialWeights,
  options: GetisOrdOptions = {},
): GetisOrdResult {
  const { star = false } = options;
  const x = checkValues('getisOrdG', y, w);
  const n = x.length;
  const { offsets, neighbours, weights } = w;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i]!;
    sumSq += x[i]! * x[i]!;
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i]! - mean) ** 2;
  const G = new Float64Array(n);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let lag = 0;
    let wi = 0;
    let s1 = 0;
    let hasSelf = false;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = neighbours[k]!;
      const wij = weights[k]!;
      if (j === i) {
        if (!star) continue;
        hasSelf = true;
      }
      lag += wij * x[j]!;
      wi += wij;
      s1 += wij * wij;
    }
    if (star && !hasSelf) {
      lag += x[i]!;
      wi += 1;
      s1 += 1;
    }
    let expected: number;
    let variance: number;
    if (star) {
      G[i] = lag / sum;
      expected = wi * mean;
      variance = ((ss / n) * (n * s1 - wi * wi)) / (n - 1);
    } else {
      G[i] = lag / (sum - x[i]!);
      const xi = (sum - x[i]!) / (n - 1);
      const si2 = (sumSq - x[i]! * x[i]!) / (n - 1) - xi * xi;
      expected = wi * xi;
      variance = (si2 * ((n - 1) * s1 - wi * wi)) / (n - 2);
    }
    z[i] = variance > 0 ? (lag - expected) / Math.sqrt(variance) : Number.NaN;
    p[i] = twoSidedP(z[i]!);
  }
  return { n, star, G, z, p };
}
