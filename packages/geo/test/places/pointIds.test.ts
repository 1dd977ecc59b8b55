import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PointIds } from '../../src/places/pointIds.ts';

/** The definition: ids in first-seen order of the cells' text keys. */
function reference(points: readonly [number, number][], precision: number): number[] {
  const ids = new Map<string, number>();
  return points.map(([x, y]) => {
    const k = `${Math.round(x / precision)},${Math.round(y / precision)}`;
    if (!ids.has(k)) ids.set(k, ids.size);
    return ids.get(k)!;
  });
}

describe('PointIds', () => {
  it('PointIds numbers cells in first-seen order and gives a repeated cell its id', () => {
    const ids = new PointIds(1e-6);
    expect([
      ids.id(110.5, -6.9),
      ids.id(110.6, -6.9),
      ids.id(110.5 + 1e-8, -6.9),
      ids.id(0, 0),
      ids.id(-0, 0),
    ]).toEqual([0, 1, 0, 2, 2]);
    expect(ids.size).toBe(3);
  });

  it('PointIds equals the text-keyed map on random points, through many growths', () => {
    const coordinate = fc.oneof(
      fc.integer({ min: -40, max: 40 }).map((i) => i * 0.5e-6),
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.constantFrom(Number.NaN, 1e12, -1e12, 4294967296 * 3e-6),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate), { maxLength: 3000, size: 'max' }),
        fc.constantFrom(1e-6, 1e-9, 0.5),
        (points, precision) => {
          const ids = new PointIds(precision);
          expect(points.map(([x, y]) => ids.id(x, y))).toEqual(reference(points, precision));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('PointIds keeps every id through its growths (50,000 points, a third repeated)', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const points: [number, number][] = [];
    for (let i = 0; i < 50_000; i++) {
      points.push(
        i % 3 === 2 && i > 0
          ? points[Math.floor(next() * i)]!
          : [105 + next() * 10, -8 + next() * 3],
      );
    }
    const ids = new PointIds(1e-6);
    const got = points.map(([x, y]) => ids.id(x, y));
    expect(got).toEqual(reference(points, 1e-6));
    expect(ids.size).toBe(new Set(got).size);
  });
});
