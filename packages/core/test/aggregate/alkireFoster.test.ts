import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alkireFoster } from '../../src/aggregate/alkireFoster.ts';
import type { Direction } from '../../src/types.ts';

// Alkire & Foster (2011), "Counting and multidimensional poverty measurement", J. Public Econ.
// 95:476–487, the 4-person × 4-dimension example: y rows are persons, z = (13, 12, 3, 1), all
// dimensions higher-is-better, equal weights, k = 2 of 4. The paper reports H = 1/2, A = 3/4 and
// M0 = 3/8. By hand, the deprivation counts are (0, 2, 4, 1), so persons 2 and 3 are poor.
const y = {
  d1: Float64Array.of(13.1, 15.2, 12.5, 20),
  d2: Float64Array.of(14, 7, 10, 11),
  d3: Float64Array.of(4, 5, 1, 3),
  d4: Float64Array.of(1, 0, 0, 1),
};
const better: Direction = 'higher-is-better';
const options = {
  cutoffs: { d1: 13, d2: 12, d3: 3, d4: 1 },
  directions: { d1: better, d2: better, d3: better, d4: better },
  weights: { d1: 1, d2: 1, d3: 1, d4: 1 },
  k: 0.5,
};

describe('alkireFoster', () => {
  it('alkireFoster reproduces H, A and M0 of the Alkire & Foster (2011) example', () => {
    const out = alkireFoster(y, options);
    expect(out.method).toBe('alkire-foster');
    expect(out.summary.H).toBe(0.5);
    expect(out.summary.A).toBe(0.75);
    expect(out.summary.M0).toBe(0.375);
    expect(Array.from(out.score)).toEqual([0, 0.5, 1, 0.25]);
    expect(Array.from(out.details.deprivationScore!)).toEqual([0, 0.5, 1, 0]);
    expect(Array.from(out.details.poor!)).toEqual([0, 1, 1, 0]);
    // Censored headcounts by hand: d1 only person 3, d2 persons 2 and 3, d3 person 3, d4 2 and 3.
    expect(out.summary['censored:d1']).toBe(0.25);
    expect(out.summary['censored:d2']).toBe(0.5);
    expect(out.summary['censored:d3']).toBe(0.25);
    expect(out.summary['censored:d4']).toBe(0.5);
  });

  it('alkireFoster treats equality with the cutoff as not deprived, and higher-is-worse as above', () => {
    const out = alkireFoster(
      { a: Float64Array.of(3, 4, 2) },
      { cutoffs: { a: 3 }, directions: { a: 'higher-is-worse' }, weights: { a: 1 }, k: 1 },
    );
    expect(Array.from(out.details.poor!)).toEqual([0, 1, 0]);
  });

  it('alkireFoster counts a missing value as not deprived and renormalises over present ones', () => {
    const out = alkireFoster(
      { a: Float64Array.of(1, Number.NaN, Number.NaN), b: Float64Array.of(1, 1, Number.NaN) },
      {
        cutoffs: { a: 2, b: 2 },
        directions: { a: better, b: better },
        weights: { a: 1, b: 1 },
        k: 1,
      },
    );
    expect(out.score[1]).toBe(1);
    expect(Number.isNaN(out.score[2])).toBe(true);
    expect(out.summary.n).toBe(2);
    expect(out.summary.H).toBe(1);
  });

  it('alkireFoster adds per-group H, A and M0 when given groups', () => {
    const out = alkireFoster(y, { ...options, groups: ['x', 'x', 'y', 'y'] });
    expect(out.summary['H:x']).toBe(0.5);
    expect(out.summary['M0:x']).toBe(0.25);
    expect(out.summary['M0:y']).toBe(0.5);
  });

  it('alkireFoster satisfies M0 = H × A', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 8, maxLength: 8 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (rows, ws, k) => {
          const columns = Object.fromEntries(rows.map((c, j) => [`i${j}`, Float64Array.from(c)]));
          const out = alkireFoster(columns, {
            cutoffs: { i0: 5, i1: 5, i2: 5 },
            directions: { i0: better, i1: 'higher-is-worse', i2: better },
            weights: { i0: ws[0]!, i1: ws[1]!, i2: ws[2]! },
            k,
          });
          expect(out.summary.M0).toBeCloseTo(out.summary.H! * out.summary.A!, 14);
        },
      ),
      { seed: 11 },
    );
  });

  it('alkireFoster throws on k outside (0, 1] and on a missing cutoff', () => {
    expect(() => alkireFoster(y, { ...options, k: 0 })).toThrow(/^alkireFoster requires/);
    expect(() => alkireFoster(y, { ...options, cutoffs: { d1: 13 } })).toThrow(
      /^alkireFoster requires/,
    );
  });

  it('alkireFoster does not mutate its inputs', () => {
    const copy = y.d1.slice();
    alkireFoster(Object.freeze({ ...y }), Object.freeze({ ...options }));
    expect(y.d1).toEqual(copy);
  });
});
