import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeoJson } from '../src/readGeoJson.ts';

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);
const ring = [
  [110.5, -6.9],
  [110.51, -6.9],
  [110.51, -6.89],
  [110.5, -6.89],
  [110.5, -6.9],
];

describe('readGeoJson', () => {
  it('readGeoJson wraps a lone Feature or geometry in a FeatureCollection', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
    const fromGeometry = readGeoJson(JSON.stringify(polygon));
    expect(codes(fromGeometry)).toEqual([]);
    expect(fromGeometry.features.features[0]?.geometry).toEqual(polygon);
    const fromFeature = readGeoJson(
      JSON.stringify({ type: 'Feature', properties: { kode: '33.21.01.2001' }, geometry: polygon }),
    );
    expect(fromFeature.features.features[0]?.properties).toEqual({ kode: '33.21.01.2001' });
  });

  it('readGeoJson reports INVALID_JSON with line and column', () => {
    const r = readGeoJson('{\n  "type": "FeatureCollection",\n  "features": [,]\n}', {
      file: 'x.geojson',
    });
    expect(codes(r)).toEqual(['INVALID_JSON']);
    expect(r.diagnostics[0]).toMatchObject({ file: 'x.geojson', line: 3 });
  });

  it('readGeoJson reports NOT_GEOJSON, NO_FEATURES and EMPTY_FILE', () => {
    expect(codes(readGeoJson('{"type":"Topology"}'))).toEqual(['NOT_GEOJSON']);
    expect(codes(readGeoJson('{"type":"FeatureCollection","features":[]}'))).toEqual([
      'NO_FEATURES',
    ]);
    expect(codes(readGeoJson(''))).toEqual(['EMPTY_FILE']);
    const mixed = readGeoJson('{"type":"FeatureCollection","features":[42]}');
    expect(codes(mixed)).toEqual(['NOT_GEOJSON', 'NO_FEATURES']);
  });

  it('readGeoJson warns OUTSIDE_INDONESIA for lon/lat elsewhere and refuses an unknown CRS', () => {
    const paris = ring.map(([x, y]) => [x! - 108.15, y! + 55.75]);
    const elsewhere = readGeoJson(JSON.stringify({ type: 'Polygon', coordinates: [paris] }));
    expect(codes(elsewhere)).toEqual(['OUTSIDE_INDONESIA']);
    const unknown = readGeoJson(
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:23836' } },
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [ring.map(([x, y]) => [x! * 5000, y! * -1e6])],
            },
          },
        ],
      }),
    );
    expect(codes(unknown)).toEqual(['UNKNOWN_CRS']);
    expect(unknown.features.features).toEqual([]);
  });

  it('readGeoJson reports too few points and missing geometry with the feature row and code', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kode: '3321012001' },
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
        {
          type: 'Feature',
          properties: { kode: '3321012002' },
          geometry: { type: 'Polygon', coordinates: [ring.slice(0, 2)] },
        },
        { type: 'Feature', properties: { kode: '3321012003' }, geometry: null },
      ],
    });
    const r = readGeoJson(text, { file: 'desa.geojson' });
    expect(codes(r)).toEqual([
      'GEOMETRY_UNCLOSED_RING',
      'GEOMETRY_TOO_FEW_POINTS',
      'GEOMETRY_MISSING',
    ]);
    expect(r.diagnostics.map((d) => [d.row, d.village])).toEqual([
      [2, '3321012002'],
      [2, '3321012002'],
      [3, '3321012003'],
    ]);
  });

  it('readGeoJson accepts bytes and does not change its input text', () => {
    const text = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
    const bytes = new TextEncoder().encode(text);
    const copy = bytes.slice();
    expect(codes(readGeoJson(bytes))).toEqual([]);
    expect(bytes).toEqual(copy);
  });
});
