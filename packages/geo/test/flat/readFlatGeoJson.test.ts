import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { flatPolygons } from '../../src/flat/flatPolygons.ts';
import { readFlatGeoJson } from '../../src/flat/readFlatGeoJson.ts';

const feature = (geometry: unknown, properties: unknown = { kode: 'x' }) => ({
  type: 'Feature',
  properties,
  geometry,
});
const square = (x: number, y: number) => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
];
const collection = {
  type: 'FeatureCollection',
  name: 'uji',
  features: [
    feature(
      { type: 'Polygon', coordinates: [square(0, 0), square(0.25, 0.25)] },
      {
        kode: '33.21.01.2001',
        nama: 'Désa "Kali" \\ ü 🌾',
        n: [1, { a: null }],
      },
    ),
    feature({ type: 'MultiPolygon', coordinates: [[square(2, 0)], [square(4, 0)]] }),
    feature(null, null),
    feature({ type: 'Point', coordinates: [1, 2] }),
    // Coordinates before the type, a third value per position, numbers in every JSON form.
    feature({
      coordinates: [
        [
          [95.12345678901235, -1e-7, 3],
          [1.5e2, -0.0],
          [12345678901234567000, 0.1],
        ],
      ],
      type: 'Polygon',
    }),
    feature({
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
      ],
      type: 'MultiLineString',
    }),
    feature({ type: 'Polygon', coordinates: [] }),
    feature({ type: 'MultiPolygon', coordinates: [[[]], [], [square(9, 9), []]] }),
  ],
};
const text = JSON.stringify(collection, null, 1);
const bytes = new TextEncoder().encode(text);

describe('readFlatGeoJson', () => {
  const want = flatPolygons(JSON.parse(text).features as Feature<Geometry | null>[]);

  it('readFlatGeoJson gives what flatPolygons gives from JSON.parse, coordinates exactly', () => {
    const flat = readFlatGeoJson(text);
    expect(flat.coordinates).toEqual(want.coordinates);
    expect(flat.coordinates[2 * 20 + 1]).toBe(-1e-7);
    expect(flat.ringOffsets).toEqual(want.ringOffsets);
    expect(flat.polygonOffsets).toEqual(want.polygonOffsets);
    expect(flat.featureOffsets).toEqual(want.featureOffsets);
    expect(flat.properties).toEqual(want.properties);
    expect(flat.geometryTypes).toEqual([
      'Polygon',
      'MultiPolygon',
      null,
      'Point',
      'Polygon',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
    ]);
    expect(Array.from(flat.featureOffsets)).toEqual([0, 1, 3, 3, 3, 4, 4, 4, 5]);
  });

  it('readFlatGeoJson keeps only the properties asked for', () => {
    const flat = readFlatGeoJson(text, { properties: ['kode', 'absent'] });
    expect(flat.properties[0]).toEqual({ kode: '33.21.01.2001' });
    expect(flat.properties[2]).toBe(null);
    expect(flat.coordinates).toEqual(want.coordinates);
  });

  it('readFlatGeoJson gives the same arrays whatever the chunk boundaries', () => {
    const whole = readFlatGeoJson(bytes);
    for (let size = 1; size < 40; size += 3) {
      const chunks = () => {
        const out: Uint8Array[] = [];
        for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size));
        return out;
      };
      const flat = readFlatGeoJson(chunks);
      expect(flat.coordinates).toEqual(whole.coordinates);
      expect(flat.properties).toEqual(whole.properties);
      expect(flat.ringOffsets).toEqual(whole.ringOffsets);
    }
  });

  it('readFlatGeoJson names the byte offset of malformed JSON and refuses other documents', () => {
    expect(() => readFlatGeoJson('{"type":"FeatureCollection","features":[}')).toThrow(/byte 40/);
    expect(() => readFlatGeoJson('{"type":"FeatureCollection","features":[')).toThrow(/ends early/);
    expect(() => readFlatGeoJson('{"type":"Feature","geometry":null}')).toThrow(
      /FeatureCollection/,
    );
    expect(() =>
      readFlatGeoJson(
        '{"type":"FeatureCollection","features":[{"geometry":{"type":"Polygon","coordinates":[[[1]]]}}]}',
      ),
    ).toThrow(/fewer than two numbers/);
    expect(() => readFlatGeoJson('{"type":"FeatureCollection","features":[]} {}')).toThrow(
      'unexpected "{" (byte 43)',
    );
    expect(() => readFlatGeoJson(`${'['.repeat(300)}${']'.repeat(300)}`)).toThrow(/too deep/);
  });
});
