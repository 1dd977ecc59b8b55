import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { writeGeoJson } from '../src/writeGeoJson.ts';

describe('writeGeoJson', () => {
  it('writeGeoJson writes members in a fixed order whatever the input order, one feature a line', () => {
    const a = {
      features: [
        {
          geometry: { coordinates: [110.5, -6.9], type: 'Point' },
          properties: { kode: '33.21.01.2001', nama: 'A' },
          type: 'Feature',
        },
      ],
      crs: { type: 'name', properties: { name: 'EPSG:4326' } },
      type: 'FeatureCollection',
    } as FeatureCollection;
    const text = writeGeoJson(Object.freeze(a));
    expect(text).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"type":"Feature","properties":{"kode":"33.21.01.2001","nama":"A"},"geometry":{"type":"Point","coordinates":[110.5,-6.9]}}\n' +
        ']}\n',
    );
    expect(JSON.parse(text).features[0].properties.nama).toBe('A');
  });

  it('writeGeoJson rounds coordinates to the given precision and writes non-finite numbers as null', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { skor: Number.NaN },
          geometry: { type: 'Point', coordinates: [110.123456789, -6.987654321] },
        },
      ],
    };
    const parsed = JSON.parse(writeGeoJson(fc, { precision: 5 }));
    expect(parsed.features[0].geometry.coordinates).toEqual([110.12346, -6.98765]);
    expect(parsed.features[0].properties.skor).toBeNull();
  });

  it('writeGeoJson writes an empty collection on two lines', () => {
    expect(writeGeoJson({ type: 'FeatureCollection', features: [] })).toBe(
      '{"type":"FeatureCollection","features":[\n]}\n',
    );
  });

  it('writeGeoJson requires a FeatureCollection', () => {
    expect(() => writeGeoJson({ type: 'Feature' } as never)).toThrow(/^writeGeoJson requires/);
  });
});
