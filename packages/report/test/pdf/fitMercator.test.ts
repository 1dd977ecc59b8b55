import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitMercator } from '../../src/pdf/fitMercator.ts';

const EARTH_RADIUS_KM = 6371.0088;

describe('fitMercator', () => {
  it('fitMercator centres the box and keeps the aspect', () => {
    const m = fitMercator([110, -1, 112, 1], [0, 0, 200, 200]);
    const [x, y] = m.project(111, 0);
    expect(x).toBeCloseTo(100, 9);
    expect(y).toBeCloseTo(100, 9);
    expect(Math.round(m.pointsPerKm * 1000) / 1000).toBe(0.899);
    // Mercator stretches latitude a little: the height fills, the width is narrower.
    expect(m.height).toBeCloseTo(200, 9);
    expect(m.width).toBeLessThan(200);
  });

  it('fitMercator scale matches great-circle distances at Demak’s latitude (east–west and north–south)', () => {
    const m = fitMercator([110.4, -7.2, 110.8, -6.7], [0, 0, 500, 700]);
    const centre: [number, number] = [110.6, -6.95];
    for (const other of [
      [110.7, -6.95],
      [110.6, -6.85],
    ] as [number, number][]) {
      const km = geoDistance(centre, other) * EARTH_RADIUS_KM;
      const [ax, ay] = m.project(...centre);
      const [bx, by] = m.project(...other);
      const points = Math.hypot(bx - ax, by - ay);
      // Within 0.1%: the scale is taken at the box centre's latitude.
      expect(points / km / m.pointsPerKm).toBeCloseTo(1, 3);
    }
  });

  it('fitMercator puts north up (smaller y for larger latitude)', () => {
    const m = fitMercator([110, -8, 111, -7], [0, 0, 100, 100]);
    expect(m.project(110.5, -7)[1]).toBeLessThan(m.project(110.5, -8)[1]);
  });
});
