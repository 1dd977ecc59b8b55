import fc from 'fast-check';
import { ckmeans } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { fisherJenks } from '../../src/classify/fisherJenks.ts';
import { createRng } from '../../src/random.ts';
import { classIntCases, expectMatches, mapclassifyCases } from './golden.ts';

/** Within-class sum of squares of a partition given by class indices. */
function withinSS(values: ArrayLike<number>, classOf: Int32Array, k: number): number {
  const sum = new Float64Array(k);
  const n = new Float64Array(k);
  for (let i = 0; i < values.length; i++) {
    sum[classOf[i]!]! += values[i]!;
    n[classOf[i]!]!++;
  }
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - sum[classOf[i]!]! / n[classOf[i]!]!;
    ss += d * d;
  }
  return ss;
}

describe('fisherJenks', () => {
  for (const k of [3, 5, 7]) {
    for (const { dataSet, values, expected } of classIntCases(`fisher-jenks-${k}`)) {
      it(`fisherJenks(${dataSet}, ${k}) matches R classInt style "fisher" class maxima`, () => {
        expectMatches(fisherJenks(values, k), expected);
      });
    }
  }

  for (const { c, values } of mapclassifyCases('fisher-jenks')) {
    it(`fisherJenks matches mapclassify's docstring ${c.call}`, () => {
      expectMatches(fisherJenks(values, c.k!), c, 1e-9);
    });
  }

  it('fisherJenks is optimal: no contiguous 3-class split of 12 values has a smaller SS', () => {
    const rng = createRng(11);
    const values = Array.from({ length: 12 }, () => Math.round(Math.exp(rng() * 4) * 10) / 10);
    const sorted = [...values].sort((a, b) => a - b);
    const r = fisherJenks(values, 3);
    const best = withinSS(values, r.classOf, 3);
    for (let a = 1; a < 11; a++) {
      for (let b = a + 1; b < 12; b++) {
        if (sorted[a] === sorted[a - 1] || sorted[b] === sorted[b - 1]) continue;
        const cls = Int32Array.from(values, (v) => (v < sorted[a]! ? 0 : v < sorted[b]! ? 1 : 2));
        expect(best).toBeLessThanOrEqual(withinSS(values, cls, 3) + 1e-9);
      }
    }
  });

  it('fisherJenks reaches the same least sum of squares as simple-statistics ckmeans', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0, 1, 2)),
          {
            minLength: 8,
            maxLength: 80,
          },
        ),
        fc.integer({ min: 2, max: 6 }),
        (values, k) => {
          fc.pre(new Set(values).size > k);
          const r = fisherJenks(values, k);
          const clusters = ckmeans(values, k);
          const reference = clusters.reduce((acc, c) => {
            const mean = c.reduce((a, b) => a + b, 0) / c.length;
            return acc + c.reduce((a, b) => a + (b - mean) * (b - mean), 0);
          }, 0);
          const ours = withinSS(values, r.classOf, r.k);
          expect(Math.abs(ours - reference)).toBeLessThanOrEqual(1e-9 * Math.max(1, reference));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('fisherJenks with fewer distinct values than k gives one class per value', () => {
    const r = fisherJenks([1, 1, 2, 2, 9], 5);
    expect(r.bins).toEqual([1, 2, 9]);
    expect(r.counts).toEqual([2, 2, 1]);
  });

  it('fisherJenks of all-equal values is one class and of empty input none', () => {
    expect(fisherJenks([3, 3], 4)).toMatchObject({ k: 1, bins: [3], counts: [2] });
    expect(fisherJenks([Number.NaN], 4)).toMatchObject({ k: 0, bins: [], counts: [] });
  });

  it('fisherJenks ignores NaN and does not mutate its input', () => {
    const values = Float64Array.of(50, Number.NaN, 1, 2, 3, 10, 11, 12);
    const copy = values.slice();
    const r = fisherJenks(values, 3);
    expect(r.bins).toEqual([3, 12, 50]);
    expect(r.classOf[1]).toBe(-1);
    expect(values).toEqual(copy);
  });

  it('fisherJenks rejects k = 0', () => {
    expect(() => fisherJenks([1, 2], 0)).toThrow('fisherJenks requires k');
  });
});
