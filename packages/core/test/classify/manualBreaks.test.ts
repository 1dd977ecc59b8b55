import { describe, expect, it } from 'vitest';
import { manualBreaks } from '../../src/classify/manualBreaks.ts';
import { expectMatches, mapclassifyCases } from './golden.ts';

describe('manualBreaks', () => {
  for (const { c, values } of mapclassifyCases('manual')) {
    it(`manualBreaks matches mapclassify's docstring ${c.call}`, () => {
      expectMatches(manualBreaks(values, c.breaks!), c, 1e-9);
    });
  }

  it('manualBreaks counts a value equal to a break in the class below (inclusive upper bound)', () => {
    const r = manualBreaks([10, 10.5, 20], [10, 20]);
    expect(Array.from(r.classOf)).toEqual([0, 1, 1]);
  });

  it('manualBreaks appends the maximum only when it lies above the last break', () => {
    expect(manualBreaks([1, 25], [10, 20]).bins).toEqual([10, 20, 25]);
    expect(manualBreaks([1, 15], [10, 20]).bins).toEqual([10, 20]);
  });

  it('manualBreaks of all-missing input keeps the breaks and gives class -1', () => {
    const r = manualBreaks([Number.NaN], [1, 2]);
    expect(r).toMatchObject({ k: 2, bins: [1, 2], counts: [0, 0] });
    expect(r.classOf[0]).toBe(-1);
  });

  it('manualBreaks does not mutate its inputs', () => {
    const breaks = Object.freeze([10, 20]);
    const values = Float64Array.of(30, 5);
    const copy = values.slice();
    manualBreaks(values, breaks);
    expect(values).toEqual(copy);
    expect(breaks).toEqual([10, 20]);
  });

  it('manualBreaks rejects empty, non-finite or unsorted breaks', () => {
    expect(() => manualBreaks([1], [])).toThrow('manualBreaks requires');
    expect(() => manualBreaks([1], [1, Number.NaN])).toThrow('manualBreaks requires');
    expect(() => manualBreaks([1], [2, 2])).toThrow('manualBreaks requires strictly ascending');
  });
});
