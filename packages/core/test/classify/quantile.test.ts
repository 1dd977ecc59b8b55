import { describe, expect, it } from 'vitest';
import { quantile } from '../../src/classify/quantile.ts';
import { rankScores } from '../../src/rank/rankScores.ts';
import { classIntCases, expectMatches, mapclassifyCases } from './golden.ts';

describe('quantile', () => {
  for (const k of [3, 5, 7]) {
    for (const { dataSet, values, expected } of classIntCases(`quantile-${k}`)) {
      it(`quantile(${dataSet}, ${k}) matches R classInt style "quantile" (type 7)`, () => {
        expectMatches(quantile(values, k), expected);
      });
    }
  }

  for (const { c, values } of mapclassifyCases('quantile')) {
    it(`quantile matches mapclassify's docstring ${c.call}`, () => {
      expectMatches(quantile(values, c.k!), c, 1e-9);
    });
  }

  it('quantile collapses tied bounds, so fewer classes than k come back', () => {
    const r = quantile([0, 0, 0, 0, 0, 0, 1, 2], 4);
    expect(r.bins).toEqual([0, 0.25, 2]);
    expect(r.k).toBe(3);
    expect(r.counts).toEqual([6, 0, 2]);
  });

  it('quantile skips NaN for the bounds and gives it class -1', () => {
    const r = quantile([Number.NaN, 1, 2, 3, 4, Number.NaN], 2);
    expect(r.bins).toEqual([2.5, 4]);
    expect(Array.from(r.classOf)).toEqual([-1, 0, 0, 1, 1, -1]);
    expect(r.counts).toEqual([2, 2]);
  });

  it('quantile of all-equal values is one class', () => {
    const r = quantile([7, 7, 7], 5);
    expect(r.bins).toEqual([7]);
    expect(r.counts).toEqual([3]);
  });

  it('quantile of empty or all-missing input has no classes', () => {
    expect(quantile([], 5)).toMatchObject({ scheme: 'quantile', k: 0, bins: [], counts: [] });
    expect(Array.from(quantile([Number.NaN, Number.NaN], 5).classOf)).toEqual([-1, -1]);
  });

  it('quantile does not mutate its input', () => {
    const values = Float64Array.of(5, 1, Number.NaN, 3);
    const copy = values.slice();
    quantile(values, 2);
    expect(values).toEqual(copy);
    expect(() => quantile(Object.freeze([3, 1, 2]), 2)).not.toThrow();
  });

  it('quantile rejects a k that is not a positive integer', () => {
    expect(() => quantile([1, 2], 0)).toThrow('quantile requires k');
    expect(() => quantile([1, 2], 2.5)).toThrow('quantile requires k');
  });

  it('quantile reads the bounds off a ranking order and classifies exactly as without it', () => {
    // R: quantile(c(5, 1, 3, 8, 2, 9), c(.5, 1), type = 7) gives 4 9
    const values = Float64Array.of(5, 1, Number.NaN, 3, 8, 2, 9);
    const codes = [
      '99.01.01.2001',
      '99.01.01.2002',
      '99.01.01.2003',
      '99.01.01.2004',
      '99.01.01.2005',
      '99.01.01.2006',
      '99.01.01.2007',
    ];
    const { order } = rankScores(values, { codes });
    const r = quantile(values, 2, { descendingOrder: order });
    expect(r.bins).toEqual([4, 9]);
    expect(r).toEqual(quantile(values, 2));
  });
});
