import fc from 'fast-check';
import { median } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { medianInPlace } from '../../src/impute/medianInPlace.ts';
import { medianOfPresent } from '../../src/impute/medianOfPresent.ts';

describe('medianOfPresent', () => {
  it('medianOfPresent skips NaN and averages the two middle values of an even count, like R median(na.rm = TRUE)', () => {
    // R: median(c(4, NA, 1, 3, 2), na.rm = TRUE) == 2.5; median(c(5, 1, NA, 3), na.rm = TRUE) == 3
    expect(medianOfPresent(new Float64Array([4, Number.NaN, 1, 3, 2]))).toBe(2.5);
    expect(medianOfPresent(new Float64Array([5, 1, Number.NaN, 3]))).toBe(3);
    expect(Number.isNaN(medianOfPresent(new Float64Array([Number.NaN])))).toBe(true);
    expect(Number.isNaN(medianOfPresent(new Float64Array([])))).toBe(true);
  });

  it('medianOfPresent finds a lower middle that lies in an earlier bucket than the upper one', () => {
    // 1 and 1000 fall in different histogram buckets; R: median(c(1000, 1)) == 500.5
    expect(medianOfPresent(new Float64Array([1000, 1]))).toBe(500.5);
    expect(medianOfPresent(new Float64Array([-1e300, 5, 1e-300, -2]))).toBe((-2 + 1e-300) / 2);
  });

  it('medianOfPresent handles infinities and the two zeros like R median(na.rm = TRUE)', () => {
    // R: median(c(Inf, 1, 2)) == 2; median(c(-Inf, 5, NA, 7), na.rm = TRUE) == 5; median(c(0, -0)) == 0
    expect(medianOfPresent(new Float64Array([Number.POSITIVE_INFINITY, 1, 2]))).toBe(2);
    expect(medianOfPresent(new Float64Array([Number.NEGATIVE_INFINITY, 5, Number.NaN, 7]))).toBe(5);
    expect(medianOfPresent(new Float64Array([0, -0])) === 0).toBe(true);
  });

  it('medianOfPresent reads a view into a larger buffer and leaves the input unchanged', () => {
    const buffer = new Float64Array([100, 9, 1, 5, -100]);
    const view = buffer.subarray(1, 4);
    const copy = buffer.slice();
    expect(medianOfPresent(view)).toBe(5);
    expect(buffer).toEqual(copy);
  });

  it('medianOfPresent equals simple-statistics median on any input, ties, signs and NaN included', () => {
    // Dyadic values keep (a + b) / 2 exact, however a library writes the average.
    const value = fc.oneof(
      fc.integer({ min: -20, max: 20 }),
      fc.integer({ min: -1e6, max: 1e6 }).map((x) => x / 64),
      fc.constantFrom(Number.NaN, -0, 1e300, -1e300, 2 ** -1000),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), (xs) => {
        const present = xs.filter((x) => !Number.isNaN(x));
        fc.pre(present.length > 0);
        // simple-statistics sorts with a comparator, so -0 and 0 are interchangeable: compare with ==.
        expect(medianOfPresent(Float64Array.from(xs)) === median(present)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('medianOfPresent equals medianInPlace on a copy of the present values for any doubles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noDefaultInfinity: true }), { minLength: 1, maxLength: 300 }),
        (xs) => {
          const present = Float64Array.from(xs.filter((x) => !Number.isNaN(x)));
          fc.pre(present.length > 0);
          const expected = medianInPlace(present, 0, present.length);
          expect(medianOfPresent(Float64Array.from(xs)) === expected).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('medianOfPresent equals simple-statistics median on a national-size skewed column', () => {
    const xs = new Float64Array(84_001);
    let s = 7;
    for (let i = 0; i < xs.length; i++) {
      s = (s * 48271) % 2147483647;
      xs[i] = i % 17 === 0 ? Number.NaN : Math.floor(Math.exp((s / 2147483647) * 8));
    }
    const present = Array.from(xs).filter((x) => !Number.isNaN(x));
    expect(medianOfPresent(xs)).toBe(median(present));
  });
});
