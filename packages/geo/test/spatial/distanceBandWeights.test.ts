import { distance, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { distanceBandWeights } from '../../src/spatial/distanceBandWeights.ts';
import { rows, spdep } from './golden.ts';

describe('distanceBandWeights', () => {
  const { x, y } = spdep.points;
  const points = x.map((xi, i) => [xi, y[i]!] as const);

  it('distanceBandWeights(points, 1.8) matches R spdep dnearneigh(x, 0, 1.8)', () => {
    expect(rows(distanceBandWeights(points, 1.8))).toEqual(spdep.points.band18);
  });

  it('distanceBandWeights with binary false gives inverse distances', () => {
    const w = distanceBandWeights(
      [
        [0, 0],
        [3, 4],
        [0, 2],
      ],
      5,
      { binary: false },
    );
    expect(rows(w)).toEqual([
      [1, 2],
      [0, 2],
      [0, 1],
    ]);
    expect(w.weights[0]).toBeCloseTo(1 / 5, 15);
    expect(w.weights[1]).toBeCloseTo(1 / 2, 15);
    expect(w.style).toBe('distance');
  });

  it('distanceBandWeights with great-circle metric uses haversine km as Turf distance', () => {
    // Villages around Demak: lon/lat degrees.
    const pts = [
      [110.6, -6.9],
      [110.65, -6.92],
      [110.7, -6.9],
      [110.6, -6.8],
    ] as const;
    const threshold = 11.1;
    const w = distanceBandWeights(pts, threshold, {
      metric: 'great-circle',
      binary: false,
      alpha: 1,
    });
    const expected: number[][] = pts.map((p, i) =>
      pts.flatMap((q, j) =>
        i !== j && distance(point([...p]), point([...q]), { units: 'kilometers' }) <= threshold
          ? [j]
          : [],
      ),
    );
    expect(rows(w)).toEqual(expected);
    expect(w.weights[0]).toBeCloseTo(distance(point([...pts[0]!]), point([...pts[1]!])), 9);
  });

  it('distanceBandWeights leaves points without neighbours in the band as islands', () => {
    expect(
      rows(
        distanceBandWeights(
          [
            [0, 0],
            [10, 0],
          ],
          1,
        ),
      ),
    ).toEqual([[], []]);
  });

  it('distanceBandWeights requires a positive threshold', () => {
    expect(() => distanceBandWeights(points, 0)).toThrow(
      /^distanceBandWeights requires a positive/,
    );
  });
});
