import { describe, expect, it } from 'vitest';
import type { Point } from '../src/ring.ts';
import { closedRing, isSimpleRing } from '../src/ring.ts';

describe('ring', () => {
  it('closedRing rounds, drops repeats and spikes, orients counter-clockwise and closes', () => {
    const input: Point[] = [
      [0, 0],
      [0, 1.000001],
      [0, 1],
      [1, 0],
      [2, 0],
      [1, 0],
    ];
    const frozen = Object.freeze(input.map((p) => Object.freeze(p))) as unknown as Point[];
    // Left as (0,0) (0,1) (1,0), clockwise, so reversed.
    expect(closedRing(frozen, 5)).toEqual([
      [1, 0],
      [0, 1],
      [0, 0],
      [1, 0],
    ]);
    expect(
      closedRing(
        [
          [0, 0],
          [1e-7, 0],
          [0, 1e-7],
        ],
        5,
      ),
    ).toBeNull();
  });

  it('isSimpleRing rejects open, bow-tie and folded rings and accepts a square', () => {
    expect(
      isSimpleRing([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(true);
    expect(
      isSimpleRing([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
    ).toBe(false);
    expect(
      isSimpleRing([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(false);
    // Two squares joined by a zero-width corridor along x = 2 (what Sutherland–Hodgman makes).
    expect(
      isSimpleRing([
        [0, 0],
        [2, 0],
        [2, 3],
        [3, 3],
        [3, 4],
        [2, 4],
        [2, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(false);
  });
});
