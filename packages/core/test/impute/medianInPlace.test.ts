import fc from 'fast-check';
import { median } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { medianInPlace } from '../../src/impute/medianInPlace.ts';

describe('medianInPlace', () => {
  it('medianInPlace averages the two middle values of an even count, like R median()', () => {
    // R: median(c(4, 1, 3, 2)) == 2.5; median(c(5, 1, 3)) == 3
    expect(medianInPlace(new Float64Array([4, 1, 3, 2]), 0, 4)).toBe(2.5);
    expect(medianInPlace(new Float64Array([5, 1, 3]), 0, 3)).toBe(3);
    expect(Number.isNaN(medianInPlace(new Float64Array([]), 0, 0))).toBe(true);
  });

  it('medianInPlace works on a slice and leaves the rest alone', () => {
    const a = new Float64Array([100, 9, 1, 5, -100]);
    expect(medianInPlace(a, 1, 4)).toBe(5);
    expect([a[0], a[4]]).toEqual([100, -100]);
  });

  it('medianInPlace equals simple-statistics median on any input, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 }),
        (xs) => {
          expect(medianInPlace(Float64Array.from(xs), 0, xs.length)).toBe(median(xs));
        },
      ),
    );
  });
});
