import { signedArea } from '@lokus/geo';
import { describe, expect, it } from 'vitest';
import { clipToConvex } from '../src/clipToConvex.ts';
import type { Point } from '../src/ring.ts';
import { closedRing, isSimpleRing } from '../src/ring.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Point[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

describe('clipToConvex', () => {
  it('clipToConvex of two overlapping squares is their intersection square', () => {
    const out = clipToConvex(square(0, 0, 2, 2), square(1, 1, 3, 3));
    expect(Math.abs(signedArea(out))).toBeCloseTo(1, 12);
    const xs = out.map((p) => p[0]).sort();
    expect(xs[0]).toBe(1);
    expect(xs[xs.length - 1]).toBe(2);
  });

  it('clipToConvex clips a concave L-shape with a clockwise clip window', () => {
    // L = [0,2]×[0,1] ∪ [0,1]×[1,2], area 3; window [0.5,1.5]², area of overlap 0.75 by hand:
    // [0.5,1.5]×[0.5,1] (0.5) + [0.5,1]×[1,1.5] (0.25).
    const l: Point[] = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
    ];
    const out = clipToConvex(l, square(0.5, 0.5, 1.5, 1.5).reverse());
    expect(Math.abs(signedArea(out))).toBeCloseTo(0.75, 12);
    expect(isSimpleRing(closedRing(out, 9)!)).toBe(true);
  });

  it('clipToConvex returns an empty ring for disjoint polygons and keeps a contained one', () => {
    expect(clipToConvex(square(0, 0, 1, 1), square(2, 2, 3, 3))).toEqual([]);
    const inner = square(1, 1, 2, 2);
    expect(clipToConvex(inner, square(0, 0, 5, 5))).toEqual(inner);
  });

  it('clipToConvex does not mutate its inputs', () => {
    const a = Object.freeze(square(0, 0, 2, 2).map((p) => Object.freeze(p))) as unknown as Point[];
    const b = Object.freeze(square(1, 1, 3, 3).map((p) => Object.freeze(p))) as unknown as Point[];
    expect(() => clipToConvex(a, b)).not.toThrow();
    expect(a[0]).toEqual([0, 0]);
  });

  it('clipToConvex throws on a degenerate clip window', () => {
    expect(() =>
      clipToConvex(square(0, 0, 1, 1), [
        [0, 0],
        [1, 1],
      ]),
    ).toThrow(/^clipToConvex requires/);
  });
});
