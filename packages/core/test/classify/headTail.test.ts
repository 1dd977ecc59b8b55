import { describe, expect, it } from 'vitest';
import { headTail } from '../../src/classify/headTail.ts';
import { classIntCases, expectMatches, mapclassifyCases } from './golden.ts';

describe('headTail', () => {
  for (const { dataSet, values, expected } of classIntCases('head-tail-1')) {
    it(`headTail(${dataSet}) matches R classInt "headtails" with thr = 1 (mapclassify's rule)`, () => {
      expectMatches(headTail(values), expected);
    });
  }

  for (const { dataSet, values, expected } of classIntCases('head-tail-0.4')) {
    it(`headTail(${dataSet}, { maxHeadShare: 0.4 }) matches classInt's default 40 % rule`, () => {
      expectMatches(headTail(values, { maxHeadShare: 0.4 }), expected);
    });
  }

  for (const { c, values } of mapclassifyCases('head-tail')) {
    it(`headTail matches mapclassify's docstring ${c.call}`, () => {
      expectMatches(headTail(values), c, 1e-9);
    });
  }

  it('headTail splits each head at its own mean until one value is left', () => {
    // means: 21/8 = 2.625 over all, (3 + 10)/2 = 6.5 over the head, then the single value 10
    const r = headTail([1, 1, 1, 1, 2, 2, 3, 10]);
    expect(r.bins).toEqual([2.625, 6.5, 10]);
    expect(r.counts).toEqual([6, 1, 1]);
  });

  it('headTail of all-equal values is one class and of empty input none', () => {
    expect(headTail([2, 2, 2])).toMatchObject({ k: 1, bins: [2], counts: [3] });
    expect(headTail([])).toMatchObject({ k: 0, bins: [], counts: [] });
  });

  it('headTail ignores NaN and does not mutate its input', () => {
    const values = Float64Array.of(10, Number.NaN, 1, 1);
    const copy = values.slice();
    const r = headTail(values);
    expect(r.bins).toEqual([4, 10]);
    expect(Array.from(r.classOf)).toEqual([1, -1, 0, 0]);
    expect(values).toEqual(copy);
  });

  it('headTail rejects a head share outside (0, 1]', () => {
    expect(() => headTail([1, 2], { maxHeadShare: 0 })).toThrow('headTail requires maxHeadShare');
  });
});
