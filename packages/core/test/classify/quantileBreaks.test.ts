import { describe, expect, it } from 'vitest';
import { quantileBreaks } from '../../src/classify/quantileBreaks.ts';
import { classIntCases, expectBins } from './golden.ts';

describe('quantileBreaks', () => {
  for (const { dataSet, values, expected } of classIntCases('quantile-5')) {
    it(`quantileBreaks(${dataSet}, 5) equals R quantile(type = 7) at 0.2, …, 1`, () => {
      expectBins(quantileBreaks(values, 5), expected.bins);
    });
  }

  it('quantileBreaks interpolates linearly between order statistics (type 7)', () => {
    // R: quantile(1:10, c(.25, .5, .75, 1), type = 7) gives 3.25 5.50 7.75 10.00
    expect(quantileBreaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 4)).toEqual([3.25, 5.5, 7.75, 10]);
  });

  it('quantileBreaks ignores NaN and Infinity', () => {
    expect(quantileBreaks([Number.NaN, 1, 3, Number.POSITIVE_INFINITY], 2)).toEqual([2, 3]);
  });

  it('quantileBreaks of no finite value is empty', () => {
    expect(quantileBreaks([Number.NaN], 3)).toEqual([]);
  });

  it('quantileBreaks rejects k = 0', () => {
    expect(() => quantileBreaks([1], 0)).toThrow('quantileBreaks requires k');
  });
});
