import { describe, expect, it } from 'vitest';
import { copeland } from '../../src/aggregate/copeland.ts';

describe('copeland', () => {
  it('copeland scores wins − losses of weighted pairwise majorities (worked by hand)', () => {
    // Weights a = 2/3, b = 1/3.
    // V1 vs V2: a 3 > 2 (+2/3), b 1 < 3 (−1/3) → V1 wins.  V1 vs V3: +2/3 − 1/3 → V1 wins.
    // V2 vs V3: a 2 > 1 (+2/3), b 3 > 2 (+1/3) → V2 wins.  V4 equals V3: tie.
    const out = copeland(
      { a: Float64Array.of(3, 2, 1, 1), b: Float64Array.of(1, 3, 2, 2) },
      { a: 2, b: 1 },
    );
    expect(out.method).toBe('copeland');
    expect(Array.from(out.details.wins!)).toEqual([3, 2, 0, 0]);
    expect(Array.from(out.details.losses!)).toEqual([0, 1, 2, 2]);
    expect(Array.from(out.score)).toEqual([3, 1, -2, -2]);
  });

  it('copeland counts an equal weight split as a tie', () => {
    const out = copeland({ a: Float64Array.of(1, 0), b: Float64Array.of(0, 1) }, { a: 1, b: 1 });
    expect(Array.from(out.score)).toEqual([0, 0]);
  });

  it('copeland compares only indicators present for both villages; NaN for no values', () => {
    // V1 vs V2 on a only: V1 wins. V3 has no value and takes no part.
    const out = copeland(
      { a: Float64Array.of(5, 1, Number.NaN), b: Float64Array.of(Number.NaN, 9, Number.NaN) },
      { a: 1, b: 1 },
    );
    expect(Array.from(out.score.subarray(0, 2))).toEqual([1, -1]);
    expect(Number.isNaN(out.score[2])).toBe(true);
  });

  it('copeland is unchanged when every weight is scaled by a constant', () => {
    const cols = {
      a: Float64Array.of(5, 1, 3, 2, 4),
      b: Float64Array.of(2, 4, 1, 5, 3),
      c: Float64Array.of(1, 2, 3, 4, 5),
    };
    const s1 = copeland(cols, { a: 0.3, b: 0.3, c: 0.4 }).score;
    const s2 = copeland(cols, { a: 3, b: 3, c: 4 }).score;
    expect(s2).toEqual(s1);
  });

  it('copeland throws above maxVillages', () => {
    expect(() => copeland({ a: new Float64Array(11) }, { a: 1 }, { maxVillages: 10 })).toThrow(
      /^copeland requires at most 10 villages/,
    );
  });

  it('copeland does not mutate its inputs', () => {
    const a = Float64Array.of(3, 1, 2);
    copeland(Object.freeze({ a }), Object.freeze({ a: 1 }));
    expect(a).toEqual(Float64Array.of(3, 1, 2));
  });
});
