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

/** Computes {@link WeightMoments} by merging each row of W with the same row of Wᵀ. O(n + nnz). */
export function weightMoments(w: SpatialWeights): WeightMoments {
  const { n, offsets, neighbours, weights } = w;
  // Transpose (columns become rows, in ascending row order, so rows stay sorted).
  const tOffsets = new Int32Array(n + 1);
  for (let k = 0; k < neighbours.length; k++) tOffsets[neighbours[k]! + 1]!++;
  for (let i = 0; i < n; i++) tOffsets[i + 1]! += tOffsets[i]!;
  const fill = tOffsets.slice(0, n);
  const tCols = new Int32Array(neighbours.length);
  const tVals = new Float64Array(neighbours.length);
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = neighbours[k]!;
      const at = fill[j]!++;
      tCols[at] = i;
      tVals[at] = weights[k]!;
      rowSum[i]! += weights[k]!;
      colSum[j]! += weights[k]!;
    }
  }
  const pairI: number[] = [];
  const pairJ: number[] = [];
  const pairC: number[] = [];
  const selfI: number[] = [];
  const selfW: number[] = [];
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    s0 += rowSum[i]!;
    s2 += (rowSum[i]! + colSum[i]!) ** 2;
    let a = offsets[i]!;
    const aEnd = offsets[i + 1]!;
    let b = tOffsets[i]!;
    const bEnd = tOffsets[i + 1]!;
    while (a < aEnd || b < bEnd) {
      const ja = a < aEnd ? neighbours[a]! : n;
      const jb = b < bEnd ? tCols[b]! : n;
      const j = Math.min(ja, jb);
      const wij = ja === j ? weights[a++]! : 0;
      const wji = jb === j ? tVals[b++]! : 0;
      if (j === i) {
        if (wij !== 0) {
          selfI.push(i);
          selfW.push(wij);
        }
        s1 += 2 * wij * wij;
      } else if (j > i) {
        const c = wij + wji;
        s1 += c * c;
        if (c !== 0) {
          pairI.push(i);
          pairJ.push(j);
          pairC.push(c);
        }
      }
    }
  }
  return {
    s0,
    s1,
    s2,
    pairI: Int32Array.from(pairI),
    pairJ: Int32Array.from(pairJ),
    pairC: Float64Array.from(pairC),
    selfI: Int32Array.from(selfI),
    selfW: Float64Array.from(selfW),
  };
}
