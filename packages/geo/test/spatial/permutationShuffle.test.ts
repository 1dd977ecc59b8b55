import { createRng, sfc32 } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { permutationShuffle, permutationWords } from '../../src/spatial/permutationShuffle.ts';
import { permutedCrossProducts } from '../../src/spatial/permutedCrossProducts.ts';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import { seedWords } from '../../src/spatial/seedWords.ts';
import { weightMoments } from '../../src/spatial/weightMoments.ts';
import { latticeSquares } from './golden.ts';

/** The same shuffle written with core's sfc32 (the reference the inlined generator must match). */
function referenceShuffle(z: Float64Array, seed: Uint32Array, index: number): Float64Array {
  const out = z.slice();
  const next = sfc32(permutationWords(seed, index));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('permutationShuffle', () => {
  const seed = seedWords(createRng(7));
  const z = Float64Array.from({ length: 97 }, (_, i) => i * 1.5 - 3);

  it('permutationShuffle draws exactly as core sfc32 seeded with permutationWords', () => {
    const out = new Float64Array(z.length);
    for (const index of [0, 1, 2, 500, 4294967295]) {
      permutationShuffle(z, out, seed, index);
      expect(out).toEqual(referenceShuffle(z, seed, index));
    }
  });

  it('permutationShuffle gives a permutation of z, different for each index', () => {
    const a = new Float64Array(z.length);
    const b = new Float64Array(z.length);
    permutationShuffle(z, a, seed, 3);
    permutationShuffle(z, b, seed, 4);
    expect([...a].sort((x, y) => x - y)).toEqual([...z]);
    expect(a).not.toEqual(b);
  });

  it('permutationShuffle places each value in each position about equally often', () => {
    const small = Float64Array.of(0, 1, 2, 3);
    const counts = new Int32Array(16);
    const out = new Float64Array(4);
    const draws = 8000;
    for (let r = 0; r < draws; r++) {
      permutationShuffle(small, out, seed, r);
      for (let p = 0; p < 4; p++) counts[p * 4 + out[p]!]!++;
    }
    // Each cell is Binomial(8000, 1/4): mean 2000, sd 38.7; 5 sd either side.
    for (const c of counts) expect(Math.abs(c - draws / 4)).toBeLessThan(5 * 38.7);
  });

  it('permutedCrossProducts over split ranges equals one call over all permutations', () => {
    const w = queenWeights(latticeSquares(9, 11));
    const y = Float64Array.from({ length: w.n }, (_, i) => Math.sin(i) + (i % 7));
    const m = weightMoments(w);
    const all = new Float64Array(45);
    permutedCrossProducts(y, m, seed, 0, 45, all);
    const parts = [new Float64Array(13), new Float64Array(32)];
    permutedCrossProducts(y, m, seed, 0, 13, parts[0]!);
    permutedCrossProducts(y, m, seed, 13, 45, parts[1]!);
    expect(Float64Array.from([...parts[0]!, ...parts[1]!])).toEqual(all);
  });
});
