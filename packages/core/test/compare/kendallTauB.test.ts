import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTauB } from '../../src/compare/kendallTauB.ts';
import { largeTied, X1, X2, X3, Y1, Y2, Y3 } from './rankCorrelationData.ts';

// Expected values from R 4 (`cor(x, y, method = "kendall")`), on the shared data sets.

/** Tau-b straight from its definition, O(n²). */
function naiveTauB(x: readonly number[], y: readonly number[]): number {
  let s = 0;
  let tx = 0;
  let ty = 0;
  let pairs = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      s += dx * dy;
      pairs++;
      if (dx === 0) tx++;
      if (dy === 0) ty++;
    }
  }
  return s / Math.sqrt((pairs - tx) * (pairs - ty));
}

describe('kendallTauB', () => {
  it('kendallTauB(x, y) with ties matches R cor(x1, y1, method = "kendall")', () => {
    expect(kendallTauB(X1, Y1)).toBeCloseTo(0.15029152816304561, 14);
    expect(kendallTauB(X3, Y3)).toBeCloseTo(0.84515425472851669, 14);
  });

  it('kendallTauB(x, y) without ties matches R cor(x2, y2, method = "kendall")', () => {
    expect(kendallTauB(X2, Y2)).toBeCloseTo(-0.73333333333333328, 14);
  });

  it('kendallTauB(5,000 tied values) matches R on x = (i·7919) %% 101, y = (i·104729) %% 97 + x %/% 2', () => {
    const { x, y } = largeTied();
    expect(kendallTauB(x, y)).toBeCloseTo(0.30558448958251594, 13);
  });

  it('kendallTauB skips pairs with NaN (R: use = "complete.obs" gives 1)', () => {
    expect(kendallTauB([1, Number.NaN, 3, 4, 5], [2, 1, Number.NaN, 3, 5])).toBeCloseTo(1, 14);
  });

  it('kendallTauB(constant or too short) returns NaN', () => {
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(kendallTauB([1], [1])).toBeNaN();
  });

  it('kendallTauB(x, y of different lengths) throws', () => {
    expect(() => kendallTauB([1, 2], [1])).toThrow(/^kendallTauB requires/);
  });

  it('kendallTauB equals the O(n²) definition on random tied data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), {
          minLength: 2,
          maxLength: 80,
        }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const expected = naiveTauB(x, y);
          const actual = kendallTauB(x, y);
          if (Number.isNaN(expected)) expect(actual).toBeNaN();
          else expect(actual).toBeCloseTo(expected, 12);
        },
      ),
    );
  });

  it('kendallTauB does not mutate its inputs', () => {
    const x = Float64Array.from(X1);
    const y = Float64Array.from(Y1);
    kendallTauB(x, y);
    expect(Array.from(x)).toEqual(X1);
    expect(Array.from(y)).toEqual(Y1);
  });
});
