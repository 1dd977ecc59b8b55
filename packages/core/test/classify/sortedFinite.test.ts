import { describe, expect, it } from 'vitest';
import { sortedFinite } from '../../src/classify/sortedFinite.ts';

describe('sortedFinite', () => {
  it('sortedFinite sorts numerically and drops NaN and ±Infinity', () => {
    const out = sortedFinite([10, Number.NaN, 9, -1, Number.POSITIVE_INFINITY, 100]);
    expect(Array.from(out)).toEqual([-1, 9, 10, 100]);
  });

  it('sortedFinite does not mutate its input', () => {
    const values = Float64Array.of(3, 1, 2);
    sortedFinite(values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });
});
