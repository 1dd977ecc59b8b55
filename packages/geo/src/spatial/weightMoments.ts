import type { SpatialWeights } from './types.ts';

/** Sums of a weights matrix used by Moran's I, with the matrix folded onto its upper triangle. */
export interface WeightMoments {
  /** S0 = Σ_ij w_ij. */
  readonly s0: number;
  /** S1 = ½ Σ_ij (w_ij + w_ji)². */
  readonly s1: number;
  /** S2 = Σ_i (w_i· + w_·i)². */
  readonly s2: number;
  /** Unordered pairs i < j with c = w_ij + w_ji (so Σ_ij w_ij z_i z_j = Σ c z_i z_j + Σ d z_i²). */
  readonly pairI: Int32Array;
  readonly pairJ: Int32Array;
  readonly pairC: Float64Array;
  /** Self-weights w_ii (index, weight). */
  readonly selfI: Int32Array;
  readonly selfW: Float64Array;
}

/** W's transpose in CSR form (columns become rows, in ascending row order, so rows stay sorted). */
function transpose(w: SpatialWeights): {
  offsets: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
} {
  const { n, offsets, neighbours, weights } = w;
  const tOffsets = new Int32Array(n + 1);
  for (let k = 0; k < neighbours.length; k++) tOffsets[neighbours[k]! + 1]!++;
  for (let i = 0; i < n; i++) tOffsets[i + 1]! += tOffsets[i]!;
  const fill = tOffsets.slice(0, n);
  const cols = new Int32Array(neighbours.length);
  const vals = new Float64Array(neighbours.length);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const at = fill[neighbours[k]!]!++;
      cols[at] = i;
      vals[at] = weights[k]!;
    }
  }
  return { offsets: tOffsets, cols, vals };
}

/**
 * Visits each row i of W merged with row i of Wᵀ: `visit(i, j, w_ij, w_ji)` for every j in
 * either, ascending.
 */
function mergeRows(
  w: SpatialWeights,
  t: ReturnType<typeof transpose>,
  visit: (i: number, j: number, wij: number, wji: number) => void,
): void {
  const { n, offsets, neighbours, weights } = w;
  for (let i = 0; i < n; i++) {
    let a = offsets[i]!;
    const aEnd = offsets[i + 1]!;
    let b = t.offsets[i]!;
    const bEnd = t.offsets[i + 1]!;
    while (a < aEnd || b < bEnd) {
      const ja = a < aEnd ? neighbours[a]! : n;
      const jb = b < bEnd ? t.cols[b]! : n;
      const j = Math.min(ja, jb);
      visit(i, j, ja === j ? weights[a++]! : 0, jb === j ? t.vals[b++]! : 0);
    }
  }
}

/**
 * Computes {@link WeightMoments} by merging each row of W with the same row of Wᵀ, twice (to
 * count the pairs, then to fill typed arrays of the exact size). O(n + nnz).
 */
export function weightMoments(w: SpatialWeights): WeightMoments {
  const t = transpose(w);
  let pairs = 0;
  let selves = 0;
  let s1 = 0;
  mergeRows(w, t, (i, j, wij, wji) => {
    if (j === i) {
      if (wij !== 0) selves++;
      s1 += 2 * wij * wij;
    } else if (j > i) {
      const c = wij + wji;
      s1 += c * c;
      if (c !== 0) pairs++;
    }
  });
  const m = {
    pairI: new Int32Array(pairs),
    pairJ: new Int32Array(pairs),
    pairC: new Float64Array(pairs),
    selfI: new Int32Array(selves),
    selfW: new Float64Array(selves),
  };
  let p = 0;
  let q = 0;
  mergeRows(w, t, (i, j, wij, wji) => {
    if (j === i && wij !== 0) {
      m.selfI[q] = i;
      m.selfW[q++] = wij;
    } else if (j > i && wij + wji !== 0) {
      m.pairI[p] = i;
      m.pairJ[p] = j;
      m.pairC[p++] = wij + wji;
    }
  });
  return { ...rowColumnSums(w), s1, ...m };
}

/** S0 = Σ_ij w_ij and S2 = Σ_i (w_i· + w_·i)². */
function rowColumnSums(w: SpatialWeights): { s0: number; s2: number } {
  const { n, offsets, neighbours, weights } = w;
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      rowSum[i]! += weights[k]!;
      colSum[neighbours[k]!]! += weights[k]!;
    }
  }
  let s0 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    s0 += rowSum[i]!;
    s2 += (rowSum[i]! + colSum[i]!) ** 2;
  }
  return { s0, s2 };
}
