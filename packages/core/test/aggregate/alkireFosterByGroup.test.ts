import { describe, expect, it } from 'vitest';
import { alkireFoster } from '../../src/aggregate/alkireFoster.ts';
import { alkireFosterByGroup } from '../../src/aggregate/alkireFosterByGroup.ts';
import { arithmeticMean } from '../../src/aggregate/arithmeticMean.ts';

const out = alkireFoster(
  { a: Float64Array.of(1, 5, 1, 1, Number.NaN), b: Float64Array.of(1, 5, 5, 1, Number.NaN) },
  {
    cutoffs: { a: 2, b: 2 },
    directions: { a: 'higher-is-better', b: 'higher-is-better' },
    weights: { a: 1, b: 1 },
    k: 1,
  },
);

describe('alkireFosterByGroup', () => {
  it('alkireFosterByGroup gives n, q, H, A and M0 per group, skipping villages without a score', () => {
    // Poor (deprived in both): villages 1 and 4; village 3 is deprived in a only; 5 has no data.
    const by = alkireFosterByGroup(out, ['p', 'p', 'q', 'q', 'q']);
    expect(by.p).toEqual({ n: 2, q: 1, H: 0.5, A: 1, M0: 0.5 });
    expect(by.q).toEqual({ n: 2, q: 1, H: 0.5, A: 1, M0: 0.5 });
  });

  it('alkireFosterByGroup M0 decomposes: the population-weighted mean of groups is the total', () => {
    const by = alkireFosterByGroup(out, ['p', 'q', 'q', 'q', 'q']);
    const total = (by.p!.n * by.p!.M0 + by.q!.n * by.q!.M0) / (by.p!.n + by.q!.n);
    expect(total).toBeCloseTo(out.summary.M0!, 14);
  });

  it('alkireFosterByGroup throws on another method and on the wrong number of groups', () => {
    const am = arithmeticMean({ a: Float64Array.of(1) }, { a: 1 });
    expect(() => alkireFosterByGroup(am, ['x'])).toThrow(/^alkireFosterByGroup requires/);
    expect(() => alkireFosterByGroup(out, ['x'])).toThrow(/^alkireFosterByGroup requires/);
  });
});
