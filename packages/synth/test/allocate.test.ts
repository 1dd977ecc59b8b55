import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../src/allocate.ts';

describe('allocate', () => {
  it('allocate(10, [1, 1, 2]) follows the largest-remainder method', () => {
    // Quotas 2.5, 2.5, 5: floors 2, 2, 5, one unit left to the first of the tied remainders.
    expect(Array.from(allocate(10, [1, 1, 2]))).toEqual([3, 2, 5]);
  });

  it('allocate respects min and max and redistributes what a cap removes', () => {
    const out = allocate(20, [10, 1, 1], { min: 2, max: [6, 20, 20] });
    expect(Array.from(out)).toEqual([6, 7, 7]);
  });

  it('allocate always sums to the total within the bounds and does not mutate weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 3 }),
        (weights, extra, min) => {
          const frozen = Object.freeze([...weights]);
          const total = min * weights.length + extra;
          const out = allocate(total, frozen, { min });
          expect(out.reduce((a, b) => a + b, 0)).toBe(total);
          for (const v of out) expect(v).toBeGreaterThanOrEqual(min);
        },
      ),
    );
  });

  it('allocate throws when the total cannot be met', () => {
    expect(() => allocate(1, [1, 1], { min: 1 })).toThrow(/^allocate requires/);
    expect(() => allocate(10, [1, 1], { max: [2, 2] })).toThrow(/^allocate requires/);
  });
});
