import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalize/normalise.ts';
import { vectorNormalise } from '../../src/normalize/vectorNormalise.ts';
import { maxAbsDiff, pymcdm } from '../golden/pymcdm.ts';

describe('vectorNormalise', () => {
  it('vectorNormalise equals pymcdm vector_normalization on every golden column, benefit and cost', () => {
    pymcdm.matrix.forEach((col, j) => {
      const x = Float64Array.from(col);
      expect(maxAbsDiff(vectorNormalise(x, false), pymcdm.vector.benefit[j]!)).toBeLessThan(1e-15);
      expect(maxAbsDiff(vectorNormalise(x, true), pymcdm.vector.cost[j]!)).toBeLessThan(1e-15);
    });
  });

  it('normalise method vector gives x / |x| for higher-is-worse and 1 − x / |x| for higher-is-better', () => {
    const x = Float64Array.of(3, Number.NaN, 4);
    expect(Array.from(normalise(x, { method: 'vector', direction: 'higher-is-worse' }))).toEqual([
      0.6,
      Number.NaN,
      0.8,
    ]);
    const flipped = normalise(x, { method: 'vector', direction: 'higher-is-better' });
    expect(flipped[0]).toBeCloseTo(0.4, 15);
    expect(flipped[2]).toBeCloseTo(0.2, 15);
  });

  it('vectorNormalise of all zeros gives 0 (1 when flipped), not NaN', () => {
    expect(Array.from(vectorNormalise(Float64Array.of(0, 0, Number.NaN), false))).toEqual([
      0,
      0,
      Number.NaN,
    ]);
    expect(Array.from(vectorNormalise(Float64Array.of(0, 0), true))).toEqual([1, 1]);
  });

  it('vectorNormalise of values whose squares overflow keeps the ratios', () => {
    const r = vectorNormalise(Float64Array.of(3e200, 4e200), false);
    expect(r[0]).toBeCloseTo(0.6, 15);
    expect(r[1]).toBeCloseTo(0.8, 15);
  });

  it('vectorNormalise does not mutate its input', () => {
    const x = Float64Array.of(1, 2);
    const out = vectorNormalise(x, true);
    expect(out).not.toBe(x);
    expect(Array.from(x)).toEqual([1, 2]);
  });
});
