import { describe, expect, it } from 'vitest';
import { quantileSortedType7 } from '../../src/classify/quantileSortedType7.ts';

describe('quantileSortedType7', () => {
  it('quantileSortedType7 matches R quantile(c(1, 2, 4, 8, 16), type = 7)', () => {
    // R 4.2.2: quantile(c(1, 2, 4, 8, 16), c(0, .1, .25, .5, .9, 1), type = 7)
    // gives 1.0 1.4 2.0 4.0 12.8 16.0
    const x = Float64Array.of(1, 2, 4, 8, 16);
    const expected = [1, 1.4, 2, 4, 12.8, 16];
    [0, 0.1, 0.25, 0.5, 0.9, 1].forEach((p, j) => {
      expect(quantileSortedType7(x, p)).toBeCloseTo(expected[j]!, 12);
    });
  });

  it('quantileSortedType7 of one value is that value, of none NaN', () => {
    expect(quantileSortedType7([3], 0.3)).toBe(3);
    expect(quantileSortedType7([], 0.5)).toBeNaN();
  });
});
