import { describe, expect, it } from 'vitest';
import { spearman } from '../../src/compare/spearman.ts';
import { largeTied, X1, X2, X3, Y1, Y2, Y3 } from './rankCorrelationData.ts';

// Expected values from R 4 (`cor(x, y, method = "spearman")`), on the shared data sets.

describe('spearman', () => {
  it('spearman(x, y) with ties matches R cor(x, y, method = "spearman")', () => {
    expect(spearman(X1, Y1)).toBeCloseTo(0.19073187020980287, 14);
    expect(spearman(X3, Y3)).toBeCloseTo(0.90730466458955505, 14);
  });

  it('spearman(x, y) without ties matches R cor(x2, y2, method = "spearman")', () => {
    expect(spearman(X2, Y2)).toBeCloseTo(-0.90303030303030296, 14);
  });

  it('spearman(5,000 tied values) matches R on x = (i·7919) %% 101, y = (i·104729) %% 97 + x %/% 2', () => {
    const { x, y } = largeTied();
    expect(spearman(x, y)).toBeCloseTo(0.44034774595598347, 12);
  });

  it('spearman skips pairs with NaN and returns NaN when too short or constant', () => {
    expect(spearman([1, Number.NaN, 3, 4], [2, 1, Number.NaN, 5])).toBeCloseTo(1, 14);
    expect(spearman([1], [2])).toBeNaN();
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('spearman(x, y of different lengths) throws', () => {
    expect(() => spearman([1, 2], [1])).toThrow(/^spearman requires/);
  });
});
