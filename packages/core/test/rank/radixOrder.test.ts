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

  it('radixOrder does not mutate its inputs', () => {
    const values = Object.freeze([2, 1, 3]);
    const indices = Int32Array.from([0, 1, 2]);
    radixOrder(values, indices);
    expect(Array.from(indices)).toEqual([0, 1, 2]);
  });
});
