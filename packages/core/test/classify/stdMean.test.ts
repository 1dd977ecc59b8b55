import { describe, expect, it } from 'vitest';
import { stdMean } from '../../src/classify/stdMean.ts';
import { classIntCases, expectMatches, mapclassifyCases } from './golden.ts';

describe('stdMean', () => {
  for (const { dataSet, values, expected } of classIntCases('std-mean')) {
    it(`stdMean(${dataSet}) matches R mean(x) + c(-2, -1, 1, 2) * sd(x), max appended`, () => {
      expectMatches(stdMean(values), expected);
    });
  }

  for (const { c, values } of mapclassifyCases('std-mean')) {
    it(`stdMean matches mapclassify's docstring ${c.call}`, () => {
      const options = c.multiples === undefined ? {} : { multiples: c.multiples };
      expectMatches(stdMean(values, options), c, 1e-9);
    });
  }

  it('stdMean does not append the maximum when the last cut is above it', () => {
    // mean 5, sample sd √(20/7) ≈ 1.69: the last cut ≈ 8.38 lies above the maximum 8
    const r = stdMean([2, 4, 5, 5, 5, 6, 8, 5]);
    expect(r.bins.length).toBe(4);
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('stdMean with zero spread collapses to one class', () => {
    expect(stdMean([3, 3, 3])).toMatchObject({ k: 1, bins: [3], counts: [3] });
    expect(stdMean([3])).toMatchObject({ k: 1, bins: [3], counts: [1] });
  });

  it('stdMean of empty input has no classes', () => {
    expect(stdMean([Number.NaN])).toMatchObject({ k: 0, bins: [], counts: [] });
  });

  it('stdMean does not mutate its input or options', () => {
    const values = Float64Array.of(1, 2, 3, 10);
    const copy = values.slice();
    stdMean(values, { multiples: Object.freeze([-1, 1]) });
    expect(values).toEqual(copy);
  });

  it('stdMean rejects multiples that are not strictly ascending', () => {
    expect(() => stdMean([1, 2], { multiples: [1, -1] })).toThrow('stdMean requires');
    expect(() => stdMean([1, 2], { multiples: [] })).toThrow('stdMean requires');
  });
});
