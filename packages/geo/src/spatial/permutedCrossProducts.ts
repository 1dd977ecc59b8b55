import { permutationShuffle } from './permutationShuffle.ts';

const BLOCK = 8;

/**
 * Writes Σ_ij w_ij z_π(i) z_π(j) for the random permutations π number `from` … `to` − 1 into
 * `out[0 … to − from − 1]` (Moran's I and the General G under total randomisation). Permutation
 * r is {@link permutationShuffle}(z, seed, r), so any split of [0, R) into ranges (threads)
 * gives the same values as one call over [0, R). Blocks of 8 permutations are laid out
 * interleaved (value of observation i in permutation q at i × 8 + q), so one pass over the pairs
 * serves 8 permutations with contiguous reads; each permutation's sum is accumulated in the same
 * order whatever its block. O((to − from) (n + nnz)).
 *
 * @example
 * const out = new Float64Array(2);
 * permutedCrossProducts(Float64Array.of(1, 1), { pairI: Int32Array.of(0), pairJ: Int32Array.of(1), pairC: Float64Array.of(2), selfI: new Int32Array(0), selfW: new Float64Array(0) }, Uint32Array.of(1, 2, 3, 4), 0, 2, out);
 * out; // => Float64Array [2, 2]
 */
export function permutedCrossProducts(
  z: Float64Array,
  m: WeightMomentsLike,
  seed: Uint32Array,
  from: number,
  to: number,
  out: Float64Array,
): void {
  const n = z.length;
  const { pairI, pairJ, pairC, selfI, selfW } = m;
  const shuffled = new Float64Array(n);
  const block = new Float64Array(n * BLOCK);
  const acc = new Float64Array(BLOCK);
  for (let r0 = from; r0 < to; r0 += BLOCK) {
    const width = Math.min(BLOCK, to - r0);
    for (let q = 0; q < width; q++) {
      permutationShuffle(z, shuffled, seed, r0 + q);
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
    for (let q = 0; q < width; q++) out[r0 - from + q] = acc[q]!;
  }
}

/** The folded weights that {@link permutedCrossProducts} and {@link crossProduct} read. */
export interface WeightMomentsLike {
  pairI: Int32Array;
  pairJ: Int32Array;
  pairC: Float64Array;
  selfI: Int32Array;
  selfW: Float64Array;
}

/**
 * Σ_ij w_ij z_i z_j over the folded pairs. O(nnz).
 *
 * @example
 * crossProduct(Float64Array.of(1, 2), { pairI: Int32Array.of(0), pairJ: Int32Array.of(1), pairC: Float64Array.of(2), selfI: new Int32Array(0), selfW: new Float64Array(0) }); // => 4
 */
export function crossProduct(z: Float64Array, m: WeightMomentsLike): number {
  const { pairI, pairJ, pairC, selfI, selfW } = m;
  let s = 0;
  for (let p = 0; p < pairC.length; p++) s += pairC[p]! * z[pairI[p]!]! * z[pairJ[p]!]!;
  for (let p = 0; p < selfW.length; p++) {
    const v = z[selfI[p]!]!;
    s += selfW[p]! * v * v;
  }
  return s;
}
