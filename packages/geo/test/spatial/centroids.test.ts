import { centerOfMass } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { centroids } from '../../src/spatial/centroids.ts';
import { demakFeatures, noDemak, noDemakMessage, square } from './golden.ts';

describe('centroids', () => {
  it('centroids of a square is its centre', () => {
    expect(Array.from(centroids([square(2, 3, 2)]))).toEqual([3, 4]);
  });

  it('centroids subtracts holes and weights MultiPolygon parts by area', () => {
    const withHole: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          square(0, 0, 4).geometry.coordinates[0]!,
          square(2, 2, 2).geometry.coordinates[0]!,
        ],
      },
    };
    // Area 12: the full square (16 at (2, 2)) minus the hole (4 at (3, 3)).
    const [cx, cy] = centroids([withHole]);
    expect(cx).toBeCloseTo((16 * 2 - 4 * 3) / 12, 14);
    expect(cy).toBeCloseTo((16 * 2 - 4 * 3) / 12, 14);
    const multi: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [square(0, 0, 1).geometry.coordinates, square(3, 0, 2).geometry.coordinates],
      },
    };
    expect(Array.from(centroids([multi]))).toEqual([(0.5 * 1 + 4 * 4) / 5, (0.5 + 4) / 5]);
  });

  it('centroids gives NaN for a feature without geometry', () => {
    const empty: Feature<null> = { type: 'Feature', properties: {}, geometry: null };
    expect(Array.from(centroids([empty]))).toEqual([Number.NaN, Number.NaN]);
  });

  it.skipIf(noDemak)(
    `centroids of the Demak villages without holes match Turf centerOfMass (${noDemakMessage})`,
    () => {
      // Turf's centerOfMass uses the outer ring only, so villages with holes are left out.
      const features = demakFeatures().filter(
        (f) => f.geometry.type === 'Polygon' && f.geometry.coordinates.length === 1,
      );
      const xy = centroids(features);
      features.forEach((f, i) => {
        const [x, y] = centerOfMass(f).geometry.coordinates;
        expect(Math.abs(xy[2 * i]! - x!)).toBeLessThan(1e-9);
        expect(Math.abs(xy[2 * i + 1]! - y!)).toBeLessThan(1e-9);
      });
    },
  );
});
