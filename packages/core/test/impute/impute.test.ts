import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impute } from '../../src/impute/impute.ts';

const NaN_ = Number.NaN;

describe('impute', () => {
  it("impute with method 'none' (the default) fills nothing and shares the unchanged array", () => {
    const values = new Float64Array([1, NaN_, 3]);
    const out = impute(values);
    expect(out.values).toBe(values);
    expect(impute(values, { method: 'mean' }).values).not.toBe(values);
    expect(Array.from(out.values)).toEqual([1, NaN_, 3]);
    expect(Array.from(out.imputed)).toEqual([0, 0, 0]);
  });

  it("impute with method 'mean' fills the mean of present values", () => {
    // mean(1, 3, 8) = 4 (by hand; R: mean(c(1, 3, 8)))
    const out = impute(new Float64Array([1, NaN_, 3, 8]), { method: 'mean' });
    expect(Array.from(out.values)).toEqual([1, 4, 3, 8]);
    expect(Array.from(out.imputed)).toEqual([0, 1, 0, 0]);
  });

  it("impute with method 'median' averages the two middle values of an even count", () => {
    // R: median(c(1, 3, 8, 10)) = 5.5
    const out = impute(new Float64Array([1, NaN_, 3, 8, 10, NaN_]), { method: 'median' });
    expect(Array.from(out.values)).toEqual([1, 5.5, 3, 8, 10, 5.5]);
  });

  it("impute with method 'kecamatan-median' uses the village's own kecamatan", () => {
    const groups = ['A', 'A', 'A', 'B', 'B', 'B'];
    const out = impute(new Float64Array([1, 2, NaN_, 100, NaN_, 300]), {
      method: 'kecamatan-median',
      groups,
    });
    expect(Array.from(out.values)).toEqual([1, 2, 1.5, 100, 200, 300]);
    expect(Array.from(out.imputed)).toEqual([0, 0, 1, 0, 1, 0]);
  });

  it("impute with method 'kecamatan-median' falls back to the overall median for a kecamatan with no value", () => {
    // overall median(1, 2, 9) = 2
    const out = impute(new Float64Array([1, 2, 9, NaN_, NaN_]), {
      method: 'kecamatan-median',
      groups: ['A', 'A', 'A', 'C', 'C'],
    });
    expect(Array.from(out.values)).toEqual([1, 2, 9, 2, 2]);
  });

  it('impute leaves NaN when no value is present at all', () => {
    const out = impute(new Float64Array([NaN_, NaN_]), { method: 'median' });
    expect(Array.from(out.values)).toEqual([NaN_, NaN_]);
    expect(Array.from(out.imputed)).toEqual([0, 0]);
  });

  it('impute throws when kecamatan-median has no groups of the right length', () => {
    expect(() => impute(new Float64Array([1, NaN_]), { method: 'kecamatan-median' })).toThrow(
      /^impute requires groups/,
    );
    expect(() =>
      impute(new Float64Array([1, NaN_]), { method: 'kecamatan-median', groups: ['A'] }),
    ).toThrow(/^impute requires groups/);
  });

  const valuesArb = fc
    .array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }), {
      minLength: 1,
      maxLength: 60,
    })
    .map((xs) => Float64Array.from(xs, (x) => (x === undefined ? NaN_ : x)));
  const methodArb = fc.constantFrom('none', 'mean', 'median', 'kecamatan-median' as const);

  it('impute never changes present values and never mutates its input (property)', () => {
    fc.assert(
      fc.property(valuesArb, methodArb, fc.integer({ min: 1, max: 4 }), (values, method, k) => {
        const before = values.slice();
        const groups = Object.freeze(Array.from(values, (_, i) => `K${i % k}`));
        const out = impute(values, { method, groups });
        expect(values).toEqual(before);
        for (let i = 0; i < values.length; i++) {
          if (!Number.isNaN(before[i]!)) {
            expect(Object.is(out.values[i], before[i])).toBe(true);
            expect(out.imputed[i]).toBe(0);
          } else {
            expect(out.imputed[i]).toBe(Number.isNaN(out.values[i]!) ? 0 : 1);
          }
        }
      }),
    );
  });

  it('impute kecamatan-median fills a value lying within its own group when the group has data (property)', () => {
    fc.assert(
      fc.property(valuesArb, fc.integer({ min: 1, max: 4 }), (values, k) => {
        const groups = Array.from(values, (_, i) => `K${i % k}`);
        const out = impute(values, { method: 'kecamatan-median', groups });
        for (let i = 0; i < values.length; i++) {
          if (out.imputed[i] !== 1) continue;
          const own = Array.from(values).filter(
            (v, j) => groups[j] === groups[i] && !Number.isNaN(v),
          );
          if (own.length === 0) continue;
          // A median lies between the group's own extremes, whatever other groups hold.
          expect(out.values[i]).toBeGreaterThanOrEqual(Math.min(...own));
          expect(out.values[i]).toBeLessThanOrEqual(Math.max(...own));
          // And changing every other group's values does not change it.
          const other = values.map((v, j) =>
            groups[j] === groups[i] || Number.isNaN(v) ? v : v + 1e7,
          );
          const again = impute(other, { method: 'kecamatan-median', groups });
          expect(again.values[i]).toBe(out.values[i]);
        }
      }),
    );
  });
});
