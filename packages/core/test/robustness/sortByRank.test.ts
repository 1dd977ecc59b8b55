import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random.ts';
import { sortByRank } from '../../src/robustness/sortByRank.ts';

describe('sortByRank', () => {
  it('sortByRank orders by score descending, ties by code rank, as a comparator sort does', () => {
    const rng = createRng(7);
    for (const [n, levels] of [
      [1, 3],
      [15, 3],
      [17, 1000],
      [500, 4],
      [5000, 1e9],
      [5000, 2],
    ] as const) {
      const score = Float64Array.from({ length: n }, () => Math.floor(rng() * levels));
      // Code ranks: a permutation of 0..n−1.
      const codeRank = Int32Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [codeRank[i], codeRank[j]] = [codeRank[j]!, codeRank[i]!];
      }
      const ids = Int32Array.from({ length: n }, (_, i) => i);
      const expected = [...ids].sort(
        (a, b) => score[b]! - score[a]! || codeRank[a]! - codeRank[b]!,
      );
      const keys = new Float64Array(n);
      sortByRank(ids, score, codeRank, keys);
      expect([...ids], `n ${n}, ${levels} levels`).toEqual(expected);
      expect([...keys]).toEqual(expected.map((i) => score[i]!));
    }
  });

  it('sortByRank leaves an empty list alone', () => {
    const ids = new Int32Array(0);
    sortByRank(ids, new Float64Array(0), new Int32Array(0), new Float64Array(0));
    expect(ids.length).toBe(0);
  });
});
