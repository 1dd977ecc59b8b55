import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalize/normalise.ts';
import { NORMALISE_METHODS } from '../../src/scenario/vocabulary.ts';
import type { Direction } from '../../src/types.ts';

const NaN_ = Number.NaN;
const worse: Direction = 'higher-is-worse';
const better: Direction = 'higher-is-better';
const v = new Float64Array([3, 1, 4, 1, 5, 9, 2, 6]);

const closeArray = (actual: Float64Array, expected: number[], digits = 12): void => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (Number.isNaN(e)) expect(Number.isNaN(actual[i]!)).toBe(true);
    else expect(actual[i]).toBeCloseTo(e, digits);
  });
};

describe('normalise', () => {
  it('normalise minmax maps to [0, 100] by default and flips higher-is-better', () => {
    closeArray(normalise(new Float64Array([0, 5, 10, NaN_]), { direction: worse }), [
      0,
      50,
      100,
      NaN_,
    ]);
    closeArray(normalise(new Float64Array([0, 5, 10, NaN_]), { direction: better }), [
      100,
      50,
      0,
      NaN_,
    ]);
  });

  it('normalise minmax honours a custom range', () => {
    closeArray(
      normalise(new Float64Array([2, 4, 6]), { direction: worse, range: [1, 10] }),
      [1, 5.5, 10],
    );
  });

  it('normalise zscore uses the sample standard deviation, as COINr n_zscore (R sd())', () => {
    // R: v <- c(3, 1, 4, 1, 5, 9, 2, 6); (v - mean(v)) / sd(v)
    const r = [
      -0.31836981336405895, -1.0460722439104793, 0.04548140190915128, -1.0460722439104793,
      0.40933261718236147, 1.8647374782752024, -0.68222102863726919, 0.77318383245557165,
    ];
    closeArray(normalise(v, { method: 'zscore', direction: worse }), r);
    closeArray(
      normalise(v, { method: 'zscore', direction: better }),
      r.map((z) => -z),
    );
  });

  it('normalise rank gives average ranks of ties, rescaled (rank − 1)/(m − 1)', () => {
    // R: rank(v, ties.method = "average") = 4 1.5 5 1.5 6 8 3 7
    const r = [4, 1.5, 5, 1.5, 6, 8, 3, 7];
    closeArray(
      normalise(v, { method: 'rank', direction: worse }),
      r.map((x) => (x - 1) / 7),
    );
    // higher-is-better: R rank(-v)
    closeArray(
      normalise(v, { method: 'rank', direction: better }),
      r.map((x) => (9 - x - 1) / 7),
    );
  });

  it('normalise percentile gives 100·(rank − ½)/m and ignores NaN', () => {
    const r = [4, 1.5, 5, 1.5, 6, 8, 3, 7];
    const withNaN = new Float64Array([...v, NaN_]);
    closeArray(normalise(withNaN, { method: 'percentile', direction: worse }), [
      ...r.map((x) => (100 * (x - 0.5)) / 8),
      NaN_,
    ]);
  });

  it('normalise goalposts clips to the goalposts and maps to the range', () => {
    const x = new Float64Array([-5, 0, 25, 50, 80, NaN_]);
    closeArray(normalise(x, { method: 'goalposts', direction: worse, goalposts: [0, 50] }), [
      0,
      0,
      50,
      100,
      100,
      NaN_,
    ]);
    closeArray(
      normalise(x, { method: 'goalposts', direction: better, goalposts: [0, 50], range: [0, 1] }),
      [1, 1, 0.5, 0, 0, NaN_],
    );
  });

  it('normalise returns the middle of each scale for constant values', () => {
    const c = new Float64Array([7, 7, NaN_, 7]);
    closeArray(normalise(c, { direction: worse }), [50, 50, NaN_, 50]);
    closeArray(normalise(c, { direction: worse, range: [1, 3] }), [2, 2, NaN_, 2]);
    closeArray(normalise(c, { method: 'zscore', direction: better }), [0, 0, NaN_, 0]);
    closeArray(normalise(c, { method: 'rank', direction: worse }), [0.5, 0.5, NaN_, 0.5]);
    closeArray(normalise(c, { method: 'percentile', direction: worse }), [50, 50, NaN_, 50]);
    closeArray(normalise(new Float64Array([NaN_, 4]), { method: 'rank', direction: worse }), [
      NaN_,
      0.5,
    ]);
  });

  it('normalise does not mutate its input', () => {
    const before = v.slice();
    for (const method of NORMALISE_METHODS.filter((m) => m !== 'goalposts')) {
      normalise(v, Object.freeze({ method, direction: better }));
    }
    expect(v).toEqual(before);
  });

  it('normalise throws on a missing direction, a bad range or missing goalposts', () => {
    expect(() => normalise(v, {} as { direction: Direction })).toThrow(
      /^normalise requires a direction/,
    );
    expect(() => normalise(v, { direction: worse, range: [1, 1] })).toThrow(
      /^normalise requires a range/,
    );
    expect(() => normalise(v, { method: 'goalposts', direction: worse })).toThrow(
      /^normalise requires goalposts/,
    );
    expect(() =>
      normalise(v, { method: 'goalposts', direction: worse, goalposts: [5, 1] }),
    ).toThrow(/^normalise requires goalposts/);
  });

  const arb = fc
    .array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }), {
      minLength: 1,
      maxLength: 50,
    })
    .map((xs) => Float64Array.from(xs, (x) => (x === undefined ? NaN_ : x)));
  const directionArb = fc.constantFrom(worse, better);

  it('normalise rank and percentile are invariant under a strictly increasing transform (property)', () => {
    // t(x) = sign(x)·log1p(|x|)·3 + 7 is strictly increasing on the reals.
    const t = (x: number): number => Math.sign(x) * Math.log1p(Math.abs(x)) * 3 + 7;
    fc.assert(
      fc.property(
        arb,
        directionArb,
        fc.constantFrom('rank', 'percentile' as const),
        (x, direction, method) => {
          const y = x.map(t);
          const a = normalise(x, { method, direction });
          const b = normalise(y, { method, direction });
          // Ties can only be created, never broken, by t; skip inputs where t merges values.
          const distinct = (arr: Float64Array) =>
            new Set(Array.from(arr).filter((z) => !Number.isNaN(z))).size;
          fc.pre(distinct(x) === distinct(y));
          expect(Array.from(b)).toEqual(Array.from(a));
        },
      ),
    );
  });

  it('normalise minmax stays within the range and preserves (or, higher-is-better, reverses) order (property)', () => {
    const rangeArb = fc
      .tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 200 }))
      .map(([lo, w]) => [lo, lo + w] as const);
    fc.assert(
      fc.property(arb, directionArb, rangeArb, (x, direction, range) => {
        const out = normalise(x, { direction, range });
        for (let i = 0; i < x.length; i++) {
          if (Number.isNaN(x[i]!)) {
            expect(Number.isNaN(out[i]!)).toBe(true);
            continue;
          }
          expect(out[i]).toBeGreaterThanOrEqual(range[0]);
          expect(out[i]).toBeLessThanOrEqual(range[1]);
          for (let j = 0; j < x.length; j++) {
            if (Number.isNaN(x[j]!) || !(x[i]! < x[j]!)) continue;
            if (direction === worse) expect(out[i]).toBeLessThanOrEqual(out[j]!);
            else expect(out[i]).toBeGreaterThanOrEqual(out[j]!);
          }
        }
      }),
    );
  });
});

describe('normalise on a subnormal spread', () => {
  it('normalise zscore treats a spread too small to divide by (subnormal values) as none: z = 0', () => {
    // found by the runScenario fuzz test: [0, 5e-324] gave ±Infinity, which broke entropy weights
    const out = normalise(new Float64Array([0, 5e-324, Number.NaN]), {
      method: 'zscore',
      direction: 'higher-is-worse',
    });
    expect(Array.from(out)).toEqual([0, 0, Number.NaN]);
  });

  it('normalise minmax scales values near the largest double without NaN', () => {
    const big = Float64Array.of(-1.7e308, 0, 1.7e308, Number.NaN);
    const up = normalise(big, { method: 'minmax', direction: 'higher-is-worse' });
    expect(Array.from(up)).toEqual([0, 50, 100, Number.NaN]);
    const down = normalise(big, { method: 'minmax', direction: 'higher-is-better' });
    expect(Array.from(down)).toEqual([100, 50, 0, Number.NaN]);
    const huge = Float64Array.of(1e308, 1.5e308, Number.MAX_VALUE);
    const r = normalise(huge, { method: 'minmax', direction: 'higher-is-worse' });
    expect(r.every(Number.isFinite)).toBe(true);
    expect(r[0]).toBe(0);
    expect(r[2]).toBe(100);
  });
});
