import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileBreaks } from '../../src/classify/quantileBreaks.ts';
import { rankScores } from '../../src/rank/rankScores.ts';
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

  it('quantileBreaks with the ranking order as descendingOrder gives the bounds of the sorted copy', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), fc.integer({ min: 1, max: 9 }), (xs, k) => {
        const values = Float64Array.from(xs);
        const codes = xs.map((_, i) => `99.01.01.${2001 + i}`);
        const { order } = rankScores(values, { codes });
        expect(quantileBreaks(values, k, { descendingOrder: order })).toEqual(
          quantileBreaks(values, k),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('quantileBreaks rejects a descendingOrder of the wrong length', () => {
    expect(() => quantileBreaks([1, 2], 2, { descendingOrder: Int32Array.of(0) })).toThrow(
      'quantileBreaks requires a descendingOrder',
    );
  });
});

describe('quantileBreaks with signed zeros', () => {
  it('quantileBreaks writes -0 as 0 on both paths (found by the ranking-order property)', () => {
    const values = Float64Array.of(-0, 0, -0);
    const order = Int32Array.of(0, 1, 2);
    expect(Object.is(quantileBreaks(values, 1)[0], 0)).toBe(true);
    expect(Object.is(quantileBreaks(values, 1, { descendingOrder: order })[0], 0)).toBe(true);
  });
});
