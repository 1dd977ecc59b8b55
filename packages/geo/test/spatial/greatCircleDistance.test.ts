import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { greatCircleDistance } from '../../src/spatial/greatCircleDistance.ts';

describe('greatCircleDistance', () => {
  it('greatCircleDistance equals Turf distance in kilometres (haversine, R = 6371.0088 km)', () => {
    const pairs = [
      [110.6, -6.9, 110.7, -6.85],
      [95.3, 5.5, 141.0, -2.6],
      [103.2, -4.8, 103.2, -4.9],
    ] as const;
    for (const [a, b, c, d] of pairs) {
      const expected = distance([a, b], [c, d], { units: 'kilometers' });
      expect(Math.abs(greatCircleDistance(a, b, c, d) / expected - 1)).toBeLessThan(1e-12);
    }
  });

  it('greatCircleDistance of a point to itself is 0', () => {
    expect(greatCircleDistance(110, -7, 110, -7)).toBe(0);
  });
});
