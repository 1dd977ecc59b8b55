import { describe, expect, it } from 'vitest';
import { geometricMean } from '../../src/aggregate/geometricMean.ts';

describe('geometricMean', () => {
  it('geometricMean is the weighted geometric mean, renormalised over present values', () => {
    const out = geometricMean(
      { a: Float64Array.of(4, 1, 8), b: Float64Array.of(1, 4, Number.NaN) },
      { a: 1, b: 1 },
    );
    expect(out.method).toBe('geometric');
    expect(out.score[0]).toBeCloseTo(2, 14);
    expect(out.score[1]).toBeCloseTo(2, 14);
    expect(out.score[2]).toBeCloseTo(8, 14);
    expect(out.summary.nonPositive).toBe(0);
  });

  it('geometricMean weighs by exponents: 8^(3/4) × 1^(1/4)', () => {
    const out = geometricMean({ a: Float64Array.of(8), b: Float64Array.of(1) }, { a: 3, b: 1 });
    expect(out.score[0]).toBeCloseTo(8 ** 0.75, 13);
  });

  it('geometricMean floors values ≤ 0 to 0.1% of the column range and counts them', () => {
    const out = geometricMean(
      { a: Float64Array.of(0, 50, 100), b: Float64Array.of(10, -5, 10) },
      { a: 1, b: 1 },
    );
    // a: 0 → 0.1 (range 100); b: −5 → 0.015 (range 15).
    expect(out.score[0]).toBeCloseTo(Math.sqrt(0.1 * 10), 12);
    expect(out.score[1]).toBeCloseTo(Math.sqrt(50 * 0.015), 12);
    expect(out.summary).toEqual({ nonPositive: 2, 'nonPositive:a': 1, 'nonPositive:b': 1 });
  });

  it('geometricMean gives NaN to a village with no present value', () => {
    const out = geometricMean({ a: Float64Array.of(1, Number.NaN) }, { a: 1 });
    expect(Number.isNaN(out.score[1])).toBe(true);
  });

  it('geometricMean does not mutate its inputs', () => {
    const a = Float64Array.of(0, 2, 3);
    const copy = a.slice();
    geometricMean(Object.freeze({ a }), Object.freeze({ a: 1 }));
    expect(a).toEqual(copy);
  });
});
