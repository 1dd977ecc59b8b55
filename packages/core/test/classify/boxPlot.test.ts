import { describe, expect, it } from 'vitest';
import { boxPlot } from '../../src/classify/boxPlot.ts';
import { classIntCases, expectMatches, mapclassifyCases } from './golden.ts';

describe('boxPlot', () => {
  for (const { dataSet, values, expected } of classIntCases('box-plot')) {
    it(`boxPlot(${dataSet}) matches R classInt style "box" fences and quartiles (type 7)`, () => {
      expectMatches(boxPlot(values), expected);
    });
  }

  for (const { c, values } of mapclassifyCases('box-plot')) {
    it(`boxPlot matches mapclassify's docstring ${c.call}`, () => {
      expectMatches(boxPlot(values), c, 1e-9);
    });
  }

  it('boxPlot puts high outliers in class 5', () => {
    const r = boxPlot([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
    expect(r.k).toBe(6);
    expect(r.classOf[9]).toBe(5);
    expect(r.counts).toEqual([0, 3, 2, 2, 2, 1]);
  });

  it('boxPlot keeps class meanings when quartiles tie, leaving classes empty', () => {
    const r = boxPlot([0, 0, 0, 0, 0, 0, 1, 5]);
    // Q1 = Q2 = 0, Q3 = 0.25, fences -0.375 and 0.625
    expect(r.bins).toEqual([-0.375, 0, 0, 0.25, 0.625, 5]);
    expect(r.counts).toEqual([0, 6, 0, 0, 0, 2]);
  });

  it('boxPlot of all-equal values has five equal bounds and every value in class 0, as mapclassify', () => {
    const r = boxPlot([2, 2, 2]);
    expect(r.bins).toEqual([2, 2, 2, 2, 2]);
    expect(r.counts).toEqual([3, 0, 0, 0, 0]);
  });

  it('boxPlot of empty input has no classes', () => {
    expect(boxPlot([])).toMatchObject({ k: 0, bins: [], counts: [] });
  });

  it('boxPlot with a wider hinge moves the fences', () => {
    expect(boxPlot([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], { hinge: 3 }).bins[4]).toBe(21.25);
  });

  it('boxPlot does not mutate its input', () => {
    const values = Float64Array.of(9, 1, 5);
    const copy = values.slice();
    boxPlot(values);
    expect(values).toEqual(copy);
  });

  it('boxPlot rejects a negative hinge', () => {
    expect(() => boxPlot([1], { hinge: -1 })).toThrow('boxPlot requires');
  });
});
