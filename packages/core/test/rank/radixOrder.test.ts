import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixOrder } from '../../src/rank/radixOrder.ts';

describe('radixOrder', () => {
  it('radixOrder(values, indices, { descending }) puts NaN last and keeps ties in input order', () => {
    const order = radixOrder([3, Number.NaN, -1, 3], Int32Array.from([0, 1, 2, 3]), {
      descending: true,
    });
    expect(Array.from(order)).toEqual([0, 3, 2, 1]);
  });

  it('radixOrder(values, subset of indices) sorts only those indices', () => {
    const order = radixOrder([5, 4, 3, 2, 1], Int32Array.from([4, 0, 2]));
    expect(Array.from(order)).toEqual([4, 2, 0]);
  });

  it('radixOrder agrees with a stable comparator sort on any doubles', () => {
    fc.assert(
      fc.property(fc.array(fc.double()), fc.boolean(), (values, descending) => {
        const indices = Int32Array.from(values, (_, i) => i);
        const key = (v: number): number => (Number.isNaN(v) ? Number.POSITIVE_INFINITY : v);
        const expected = Array.from(indices).sort((a, b) => {
          const va = values[a]!;
          const vb = values[b]!;
          if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
          if (Number.isNaN(va)) return 0;
          return descending ? key(vb) - key(va) || 0 : key(va) - key(vb) || 0;
        });
        expect(Array.from(radixOrder(values, indices, { descending }))).toEqual(expected);
      }),
    );
  });

  it('short (≤ 1,024, merge sort) and long (radix passes) inputs give the stable comparator order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 700, 1024, 1025, 3000),
        fc.integer(),
        fc.boolean(),
        (n, seed, descending) => {
          // Few distinct values (many ties), NaN, -0 and 0, ±Infinity.
          const pool = [0, -0, 1.5, -2, Number.NaN, 7, Number.POSITIVE_INFINITY, -1e300, 1.5];
          const values = Array.from(
            { length: n },
            (_, i) => pool[Math.abs((seed + i * 7919) % 9)]!,
          );
          const indices = Int32Array.from(values, (_, i) => i).reverse();
          const rank = (v: number) => (Number.isNaN(v) ? 2 : 0);
          const expected = Array.from(indices).sort((a, b) => {
            const va = values[a]!;
            const vb = values[b]!;
            if (rank(va) !== rank(vb)) return rank(va) - rank(vb);
            if (Number.isNaN(va) || va === vb) return 0;
            return descending ? (vb > va ? 1 : -1) : va > vb ? 1 : -1;
          });
          expect(Array.from(radixOrder(values, indices, { descending }))).toEqual(expected);
          expect(
            Array.from(radixOrder(Float64Array.from(values), indices, { descending })),
          ).toEqual(expected);
        },
      ),
      { seed: 7, numRuns: 40 },
    );
  });

  it('radixOrder does not mutate its inputs', () => {
    const values = Object.freeze([2, 1, 3]);
    const indices = Int32Array.from([0, 1, 2]);
    radixOrder(values, indices);
    expect(Array.from(indices)).toEqual([0, 1, 2]);
  });
});
