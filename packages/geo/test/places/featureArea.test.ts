import { describe, expect, it } from 'vitest';
import { featureArea } from '../../src/places/featureArea.ts';

describe('featureArea', () => {
  it('featureArea of a 1° cell at the equator matches the spherical formula', () => {
    // Exact area of the cell between two meridians and two parallels on a sphere:
    // R² · Δλ · (sin φ2 − sin φ1), R = 6,371,008.8 m (turf's mean radius).
    const R = 6371008.8;
    const expected = R * R * (Math.PI / 180) * Math.sin(Math.PI / 180);
    const cell = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(featureArea(cell) / expected).toBeCloseTo(1, 3);
  });
  it('featureArea subtracts holes', () => {
    const outer = [
      [0, 0],
      [0.02, 0],
      [0.02, 0.02],
      [0, 0.02],
      [0, 0],
    ];
    const hole = [
      [0.005, 0.005],
      [0.005, 0.015],
      [0.015, 0.015],
      [0.015, 0.005],
      [0.005, 0.005],
    ];
    const whole = featureArea({ type: 'Polygon', coordinates: [outer] });
    const holed = featureArea({ type: 'Polygon', coordinates: [outer, hole] });
    expect(holed / whole).toBeCloseTo(0.75, 3);
  });
});
