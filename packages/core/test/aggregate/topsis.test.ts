import { describe, expect, it } from 'vitest';
import { topsis } from '../../src/aggregate/topsis.ts';

// Opricovic & Tzeng (2004), "Compromise solution by MCDM methods: A comparative analysis of VIKOR
// and TOPSIS", EJOR 156:445–455, numerical example: criterion 1 is a cost, criterion 2 a benefit,
// equal weights; the paper reports TOPSIS closeness 0.7621, 0.7222, 0.2379.
const X = { f1: Float64Array.of(1, 2, 5), f2: Float64Array.of(3000, 3750, 4500) };
const directions = { f1: 'cost', f2: 'benefit' } as const;

describe('topsis', () => {
  it('topsis reproduces the closeness values of Opricovic & Tzeng (2004)', () => {
    const out = topsis(X, { f1: 0.5, f2: 0.5 }, { directions });
    expect(out.method).toBe('topsis');
    expect(out.score[0]).toBeCloseTo(0.7621, 4);
    expect(out.score[1]).toBeCloseTo(0.7222, 4);
    expect(out.score[2]).toBeCloseTo(0.2379, 4);
    // d⁺ of A1 by hand: √30 norm, |0.5×1/√30 − 0.5×1/√30| = 0 and 0.5×(4500 − 3000)/√43312500.
    expect(out.details.dPlus![0]).toBeCloseTo((0.5 * 1500) / Math.sqrt(43_312_500), 12);
    expect(out.details.dMinus![0]).toBeCloseTo((0.5 * 4) / Math.sqrt(30), 12);
  });

  it('topsis is unchanged when every weight is scaled by a constant', () => {
    const a = topsis(X, { f1: 1, f2: 3 }, { directions }).score;
    const b = topsis(X, { f1: 7, f2: 21 }, { directions }).score;
    for (let i = 0; i < 3; i++) expect(b[i]).toBeCloseTo(a[i]!, 14);
  });

  it('topsis skips missing values and gives NaN to a village with none', () => {
    const out = topsis(
      {
        f1: Float64Array.of(1, 2, 5, Number.NaN),
        f2: Float64Array.of(3000, 3750, Number.NaN, Number.NaN),
      },
      { f1: 0.5, f2: 0.5 },
      { directions },
    );
    // Village 3 has only f1, at the worst value: distance 0 to the anti-ideal.
    expect(out.score[2]).toBe(0);
    expect(Number.isNaN(out.score[3])).toBe(true);
  });

  it('topsis throws on a missing direction', () => {
    expect(() => topsis(X, { f1: 1, f2: 1 }, { directions: { f1: 'cost' } })).toThrow(
      /^topsis requires/,
    );
  });

  it('topsis does not mutate its inputs', () => {
    const copy = X.f2.slice();
    topsis(Object.freeze({ ...X }), Object.freeze({ f1: 1, f2: 1 }), Object.freeze({ directions }));
    expect(X.f2).toEqual(copy);
  });
});
