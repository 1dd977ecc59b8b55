import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../src/places/labelPoint.ts';

function inside(x: number, y: number, rings: Position[][]): boolean {
  let c = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

describe('labelPoint', () => {
  it('labelPoint of a rectangle is its centre', () => {
    const [x, y] = labelPoint({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    });
    expect(x).toBeCloseTo(2, 5);
    expect(y).toBeCloseTo(1, 5);
  });

  it('labelPoint of a U shape lies inside, not at the centroid in the notch', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const [x, y] = labelPoint(u);
    expect(inside(x, y, u.coordinates)).toBe(true);
  });

  it('labelPoint avoids a hole in the middle', () => {
    const ring = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole = [
      [2, 2],
      [2, 8],
      [8, 8],
      [8, 2],
      [2, 2],
    ];
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [ring, hole] });
    expect(inside(x, y, [ring, hole])).toBe(true);
  });

  it('labelPoint of a MultiPolygon lies in the largest part', () => {
    const small = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    const large = [
      [
        [5, 5],
        [9, 5],
        [9, 9],
        [5, 9],
        [5, 5],
      ],
    ];
    const [x, y] = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] });
    expect(inside(x, y, large)).toBe(true);
  });

  it('labelPoint lies inside random star-shaped polygons', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 40 }),
        (radii) => {
          const ring: Position[] = radii.map((r, i) => {
            const t = (2 * Math.PI * i) / radii.length;
            return [110 + 0.01 * r * Math.cos(t), -7 + 0.01 * r * Math.sin(t)];
          });
          ring.push(ring[0]!);
          const [x, y] = labelPoint({ type: 'Polygon', coordinates: [ring] });
          expect(inside(x, y, [ring])).toBe(true);
        },
      ),
    );
  });

  it('labelPoint throws without a polygon', () => {
    expect(() => labelPoint({ type: 'Polygon', coordinates: [] })).toThrow(/^labelPoint requires/);
  });
});
