import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bounds } from '../../src/places/bounds.ts';

describe('bounds', () => {
  it('bounds of a collection spans every feature and skips null geometries', () => {
    const fc: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [110.5, -7.2] },
        },
        { type: 'Feature', properties: {}, geometry: null },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [110, -7],
                [111, -7],
                [111, -6],
                [110, -7],
              ],
            ],
          },
        },
      ],
    };
    expect(bounds(fc)).toEqual([110, -7.2, 111, -6]);
  });
  it('bounds skips NaN coordinates', () => {
    expect(
      bounds({
        type: 'LineString',
        coordinates: [
          [110, -7],
          [NaN, 5],
          [111, -6.5],
        ],
      }),
    ).toEqual([110, -7, 111, -6.5]);
  });
  it('bounds of an empty collection is null', () => {
    expect(bounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
