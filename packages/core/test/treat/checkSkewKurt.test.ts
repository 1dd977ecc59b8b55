import { describe, expect, it } from 'vitest';
import { checkSkewKurt } from '../../src/treat/checkSkewKurt.ts';

describe('checkSkewKurt', () => {
  // Reference: R 4, e1071::skewness(x, type = 2) and e1071::kurtosis(x, type = 2), the estimators
  // COINr's skew() and kurt() copy, for x <- c(1:10, 30, 100).
  const x = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]);

  it('checkSkewKurt uses the e1071 type-2 (Excel SKEW/KURT) estimators, as COINr does', () => {
    const out = checkSkewKurt(x);
    expect(out.skew).toBeCloseTo(3.0632410342394985, 12);
    expect(out.kurtosis).toBeCloseTo(9.7413908345691436, 12);
  });

  it('checkSkewKurt fails only when |skew| ≥ skewMax and kurtosis ≥ kurtMax (defaults 2 and 3.5)', () => {
    expect(checkSkewKurt(x).pass).toBe(false);
    expect(checkSkewKurt(x, { skewMax: 3.1 }).pass).toBe(true);
    expect(checkSkewKurt(x, { kurtMax: 10 }).pass).toBe(true);
  });

  it('checkSkewKurt treats negative skew by its absolute value', () => {
    // R: e1071::skewness(c(-100, -30, 1:10), type = 2) = -2.8949665606444879
    const out = checkSkewKurt(new Float64Array([-100, -30, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(out.skew).toBeCloseTo(-2.8949665606444879, 12);
    expect(out.kurtosis).toBeCloseTo(8.6503608287312144, 12);
    expect(out.pass).toBe(false);
  });

  it('checkSkewKurt ignores NaN', () => {
    const withNaN = new Float64Array([Number.NaN, ...x, Number.NaN]);
    expect(checkSkewKurt(withNaN).skew).toBeCloseTo(checkSkewKurt(x).skew, 14);
  });

  it('checkSkewKurt passes with NaN statistics when there are too few values or no spread', () => {
    const few = checkSkewKurt(new Float64Array([1, 100, Number.NaN]));
    expect(few.pass).toBe(true);
    expect(Number.isNaN(few.skew)).toBe(true);
    const flat = checkSkewKurt(new Float64Array([0.1, 0.1, 0.1, 0.1, 0.1]));
    expect(flat.pass).toBe(true);
    expect(Number.isNaN(flat.kurtosis)).toBe(true);
  });
});
