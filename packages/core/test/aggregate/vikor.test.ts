import { describe, expect, it } from 'vitest';
import { vikor } from '../../src/aggregate/vikor.ts';

// Opricovic & Tzeng (2004), EJOR 156:445–455, numerical example (f1 cost, f2 benefit, w = .5/.5).
// Worked by hand from the paper's formulas (f1* = 1, f1⁻ = 5, f2* = 4500, f2⁻ = 3000):
//   A1: .5·0/4 = 0,     .5·1500/1500 = .5  → S = .5,   R = .5
//   A2: .5·1/4 = .125,  .5·750/1500 = .25  → S = .375, R = .25
//   A3: .5·4/4 = .5,    0                  → S = .5,   R = .5
//   S* = .375, S⁻ = .5, R* = .25, R⁻ = .5, v = .5 → Q = [1, 0, 1]: A2 is the compromise solution.
const X = { f1: Float64Array.of(1, 2, 5), f2: Float64Array.of(3000, 3750, 4500) };
const directions = { f1: 'cost', f2: 'benefit' } as const;

describe('vikor', () => {
  it('vikor reproduces S, R and Q of the Opricovic & Tzeng (2004) example, score = 1 − Q', () => {
    const out = vikor(X, { f1: 0.5, f2: 0.5 }, { directions });
    expect(out.method).toBe('vikor');
    expect(Array.from(out.details.S!)).toEqual([0.5, 0.375, 0.5]);
    expect(Array.from(out.details.R!)).toEqual([0.5, 0.25, 0.5]);
    expect(Array.from(out.details.Q!)).toEqual([1, 0, 1]);
    expect(Array.from(out.score)).toEqual([0, 1, 0]);
  });

  it('vikor with v = 1 ranks by S alone', () => {
    const out = vikor(
      { f1: Float64Array.of(0, 1, 2, 3), f2: Float64Array.of(3, 0, 0, 0) },
      { f1: 1, f2: 1 },
      { directions: { f1: 'benefit', f2: 'benefit' }, v: 1 },
    );
    // By hand: S_i = .5(3 − f1)/3 + .5(3 − f2)/3 = [1/2, 5/6, 2/3, 1/2]; Q = (S − 1/2)/(1/3).
    const expected = [0, 1, 0.5, 0];
    expect(out.details.S![1]).toBeCloseTo(5 / 6, 14);
    for (const [i, q] of expected.entries()) expect(out.details.Q![i]).toBeCloseTo(q, 14);
  });

  it('vikor throws on v outside [0, 1] and on a missing direction', () => {
    expect(() => vikor(X, { f1: 1, f2: 1 }, { directions, v: 1.5 })).toThrow(/^vikor requires/);
    expect(() => vikor(X, { f1: 1, f2: 1 }, { directions: { f1: 'cost' } })).toThrow(
      /^vikor requires/,
    );
  });

  it('vikor gives NaN to a village with no present value', () => {
    const out = vikor(
      { f1: Float64Array.of(1, 2, Number.NaN), f2: Float64Array.of(3, 1, Number.NaN) },
      { f1: 1, f2: 1 },
      { directions: { f1: 'benefit', f2: 'benefit' } },
    );
    expect(Number.isNaN(out.score[2])).toBe(true);
    expect(Number.isNaN(out.details.Q![2])).toBe(true);
  });

  it('vikor does not mutate its inputs', () => {
    const copy = X.f1.slice();
    vikor(Object.freeze({ ...X }), Object.freeze({ f1: 1, f2: 1 }), Object.freeze({ directions }));
    expect(X.f1).toEqual(copy);
  });
});
