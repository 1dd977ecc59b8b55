import { describe, expect, it } from 'vitest';
import { knnWeights } from '../../src/spatial/knnWeights.ts';
import { rows, spdep } from './golden.ts';

describe('knnWeights', () => {
  const { x, y } = spdep.points;
  const points = x.map((xi, i) => [xi, y[i]!] as const);

  it('knnWeights(points, 4) matches R spdep knn2nb(knearneigh(k = 4))', () => {
    const w = knnWeights(points, 4);
    expect(rows(w)).toEqual(spdep.points.knn4);
    expect(w.style).toBe('binary');
  });

  it('knnWeights accepts interleaved coordinates', () => {
    const xy = Float64Array.from(points.flat());
    expect(rows(knnWeights(xy, 4))).toEqual(spdep.points.knn4);
  });

  it('knnWeights breaks equal distances by the lower index', () => {
    // Point 2 at the centre has four neighbours at distance 1.
    const pts = [
      [1, 2],
      [0, 1],
      [1, 1],
      [2, 1],
      [1, 0],
    ] as const;
    expect(rows(knnWeights(pts, 2))[2]).toEqual([0, 1]);
    expect(rows(knnWeights(pts.slice().reverse(), 2))[2]).toEqual([0, 1]);
  });

  it('knnWeights does not mutate its input', () => {
    const xy = Float64Array.from(points.flat());
    const copy = xy.slice();
    knnWeights(xy, 3);
    expect(xy).toEqual(copy);
  });

  it('knnWeights requires 1 <= k < number of points', () => {
    expect(() =>
      knnWeights(
        [
          [0, 0],
          [1, 1],
        ],
        2,
      ),
    ).toThrow(/^knnWeights requires an integer k/);
    expect(() =>
      knnWeights(
        [
          [0, 0],
          [1, Number.NaN],
        ],
        1,
      ),
    ).toThrow(/^knnWeights requires finite/);
  });
});
