import { describe, expect, it } from 'vitest';
import { equalInterval } from '../../src/classify/equalInterval.ts';
import { classIntCases, expectMatches, mapclassifyCases } from './golden.ts';

describe('equalInterval', () => {
  for (const k of [3, 5, 7]) {
    for (const { dataSet, values, expected } of classIntCases(`equal-interval-${k}`)) {
      it(`equalInterval(${dataSet}, ${k}) matches R classInt style "equal"`, () => {
        expectMatches(equalInterval(values, k), expected);
      });
    }
  }

  for (const { c, values } of mapclassifyCases('equal-interval')) {
    it(`equalInterval matches mapclassify's docstring ${c.call}`, () => {
      expectMatches(equalInterval(values, c.k!), c, 1e-9);
    });
  }

  it('equalInterval keeps empty classes and ends at the maximum', () => {
    const r = equalInterval([0, 1, 10], 4);
    expect(r.bins).toEqual([2.5, 5, 7.5, 10]);
    expect(r.counts).toEqual([2, 0, 0, 1]);
  });

  it('equalInterval of all-equal values is one class (mapclassify raises)', () => {
    expect(equalInterval([4, 4, Number.NaN], 3)).toMatchObject({ k: 1, bins: [4], counts: [2] });
  });

  it('equalInterval of empty input has no classes', () => {
    expect(equalInterval([], 3)).toMatchObject({ k: 0, bins: [], counts: [] });
  });

  it('equalInterval does not mutate its input', () => {
    const values = Float64Array.of(3, 1, 2);
    const copy = values.slice();
    equalInterval(values, 2);
    expect(values).toEqual(copy);
  });

  it('equalInterval rejects a negative k', () => {
    expect(() => equalInterval([1, 2], -1)).toThrow('equalInterval requires k');
  });
});
