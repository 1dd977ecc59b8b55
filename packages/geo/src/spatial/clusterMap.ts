import { createRng, type Rng } from '@lokus/core';
import { getisOrdG } from './getisOrdG.ts';
import { localMoran } from './localMoran.ts';
import { rowStandardise } from './rowStandardise.ts';
import { subsetWeights } from './subsetWeights.ts';
import type { SpatialWeights } from './types.ts';

/** Options of {@link clusterMap}. */
export interface ClusterMapOptions {
  /** Conditional permutations for local Moran (default 999). */
  readonly permutations?: number;
  /** Seeded random numbers (default `createRng(1)`): the same seed gives the same map. */
  readonly rng?: Rng;
  /** Significance level for both layers (default 0.05). */
  readonly significance?: number;
}

/** Per-village layers for a map: LISA clusters and Gi* hot and cold spots. */
export interface ClusterMapResult {
  /** 0 not significant, 1 HH, 2 LH, 3 LL, 4 HL (`LISA_LABELS`); −1 for no value. */
  readonly lisa: Int8Array;
  /** +1 hot spot, −1 cold spot (Gi* z with two-sided p below the level), 0 neither. */
  readonly hotspot: Int8Array;
}

/**
 * The two cluster layers a poverty map shows over villages, from one value per village (e.g. the
 * priority score) and the features' contiguity weights: local Moran's LISA clusters (row-standardised
 * weights, conditional permutations) and Getis-Ord Gi* hot and cold spots (analytic two-sided
 * p-values). Villages without a value, and features that match no village, are left out before the
 * weights are row-standardised, as spdep's `subset` does; they get −1 (LISA) and 0 (Gi*).
 * O(R · links) for R permutations.
 *
 * @param values - One value per village (table row); `NaN` for none.
 * @param weights - Contiguity weights over the features (e.g. `queenWeights(boundaries)`).
 * @param rowOfFeature - The village row of each feature, −1 when unmatched (`joinByCode`).
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * clusterMap(new Float64Array([1, 2, 8, 9]), w, Int32Array.from([0, 1, 2, 3]), { permutations: 99 }).lisa.length; // => 4
 */
export function clusterMap(
  values: ArrayLike<number>,
  weights: SpatialWeights,
  rowOfFeature: ArrayLike<number>,
  options: ClusterMapOptions = {},
): ClusterMapResult {
  const { permutations = 999, rng = createRng(1), significance = 0.05 } = options;
  if (rowOfFeature.length !== weights.n) {
    throw new Error('clusterMap requires one village row per feature of the weights');
  }
  const lisa = new Int8Array(values.length).fill(-1);
  const hotspot = new Int8Array(values.length);
  const keep = Array.from(rowOfFeature, (row) => row >= 0 && Number.isFinite(values[row]!));
  const rows = Array.from(rowOfFeature).filter((_, f) => keep[f]);
  if (rows.length < 3) return { lisa, hotspot };
  const w = rowStandardise(subsetWeights(weights, keep));
  const y = rows.map((row) => values[row]!);
  const lm = localMoran(y, w, { permutations, rng, significance });
  const gi = getisOrdG(y, w, { star: true });
  rows.forEach((row, k) => {
    lisa[row] = lm.cluster[k]!;
    hotspot[row] = gi.p[k]! < significance ? Math.sign(gi.z[k]!) : 0;
  });
  return { lisa, hotspot };
}
