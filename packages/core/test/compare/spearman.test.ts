import { describe, expect, it } from 'vitest';
import { spearman } from '../../src/compare/spearman.ts';

// Reference values from R 4 (`cor(x, y, method = "spearman")`, midranks for ties),
// printed with sprintf("%.17g").
const X1 = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
const Y1 = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4, 5, 2, 3, 5, 3];
const X2 = [10.5, 3.2, 7.7, 1.1, 9.9, 4.4, 6.6, 2.2, 8.8, 5.5];
const Y2 = [2.1, 9.3, 4.4, 8.8, 1.0, 6.5, 3.3, 7.7, 0.5, 5.9];
const X3 = [1, 1, 1, 2, 2, 3, 3, 3, 3, 4];
const Y3 = [2, 1, 1, 2, 3, 3, 4, 4, 4, 4];

describe('spearman', () => {
  it('spearman(x, y) with ties matches R cor(x, y, method = "spearman")', () => {
    expect(spearman(X1, Y1)).toBeCloseTo(0.19073187020980287, 14);
    expect(spearman(X3, Y3)).toBeCloseTo(0.90730466458955505, 14);
  });

  it('spearman(x, y) without ties matches R cor(x2, y2, method = "spearman")', () => {
    expect(spearman(X2, Y2)).toBeCloseTo(-0.90303030303030296, 14);
  });

  it('spearman(5,000 tied values) matches R on x = (i·7919) %% 101, y = (i·104729) %% 97 + x %/% 2', () => {
    const x = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 101);
    const y = x.map((xi, i) => ((i * 104729) % 97) + Math.floor(xi / 2));
    expect(spearman(Float64Array.from(x), Float64Array.from(y))).toBeCloseTo(
      0.44034774595598347,
      12,
    );
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
