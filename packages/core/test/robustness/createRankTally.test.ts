import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random.ts';
import { createRankTally } from '../../src/robustness/createRankTally.ts';

/** 1 + the number of higher scores, by counting: the definition, O(n²). */
function naiveTally(score: Float64Array, hist: Uint32Array): void {
  const n = score.length;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(score[i]!)) continue;
    let higher = 0;
    for (let j = 0; j < n; j++) if (score[j]! > score[i]!) higher++;
    hist[i * n + higher]!++;
  }
}

describe('createRankTally', () => {
  it('createRankTally counts the same ranks as the definition over nearly sorted and shuffled draws', () => {
    const rng = createRng(5);
    const n = 120;
    const base = Float64Array.from({ length: n }, () => Math.round(rng() * 40)); // many ties
    const tally = createRankTally(n);
    const got = new Uint32Array(n * n);
    const want = new Uint32Array(n * n);
    for (let d = 0; d < 300; d++) {
      const key = d % 3;
      // Small changes most of the time (insertion sort), a new order now and then (fallback).
      const shuffle = d % 17 === 0;
      const score = Float64Array.from(base, (b, i) =>
        i % 29 === d % 29 && d % 5 === 0
          ? Number.NaN
          : shuffle
            ? rng() * 40
            : b + key * 0.5 + (rng() < 0.1 ? Math.round(rng() * 4) : 0),
      );
      tally(score, key, got);
      naiveTally(score, want);
    }
    expect(got).toEqual(want);
  });

  it('createRankTally gives tied villages the smaller rank and leaves NaN unranked', () => {
    const tally = createRankTally(4);
    const hist = new Uint32Array(16);
    tally(new Float64Array([5, Number.NaN, 5, 7]), 0, hist);
    expect([...hist]).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0]);
  });
});
