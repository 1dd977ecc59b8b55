import { describe, expect, it } from 'vitest';
import { pointInRing, signedArea } from '../../src/places/ring.ts';

describe('ring geometry', () => {
  it('signedArea is positive for counter-clockwise rings (shoelace)', () => {
    const square: number[][] = [
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 1],
    ];
    expect(signedArea(square)).toBe(2);
    expect(signedArea([...square].reverse())).toBe(-2);
  });

  it('pointInRing uses the even–odd rule on a concave ring', () => {
    const u: number[][] = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
    ];
    expect(pointInRing(0.5, 2, u)).toBe(true);
    expect(pointInRing(1.5, 2, u)).toBe(false);
    expect(pointInRing(1.5, 0.5, u)).toBe(true);
  });

  it('gives the same answers for a closed ring (first position repeated) as for an open one', () => {
    const open = [
      [0, 0],
      [4, 0],
      [4, 3],
      [1, 2],
    ];
    const closed = [...open, [0, 0]];
    expect(signedArea(closed)).toBe(signedArea(open));
    expect(signedArea(open)).toBe(8.5);
    for (const [x, y] of [
      [1, 1],
      [3.9, 2.9],
      [0.5, 1.5],
      [2, -1],
    ] as const) {
      expect(pointInRing(x, y, closed)).toBe(pointInRing(x, y, open));
    }
    expect(pointInRing(1, 1, closed)).toBe(true);
    expect(pointInRing(0.5, 1.5, closed)).toBe(false);
  });
});
