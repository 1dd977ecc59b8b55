import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readTopoJson } from '../src/readTopoJson.ts';

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);

// A quantised topology with one square village, written by hand from the TopoJSON
// specification: arcs are delta-encoded integers, position = translate + scale × sum of deltas.
const topology = {
  type: 'Topology',
  transform: { scale: [0.01, 0.01], translate: [110.5, -6.9] },
  objects: {
    desa: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], properties: { kode: '33.21.01.2001' } }],
    },
    kecamatan: { type: 'GeometryCollection', geometries: [] },
  },
  arcs: [
    [
      [0, 0],
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ],
  ],
};

describe('readTopoJson', () => {
  it('readTopoJson decodes quantised arcs of the first object, noting the choice', () => {
    const r = readTopoJson(JSON.stringify(topology));
    expect(codes(r)).toEqual(['TOPOJSON_OBJECT_CHOSEN']);
    const coords = (r.features.features[0]!.geometry as Polygon).coordinates[0]!;
    const expected = [
      [110.5, -6.9],
      [110.51, -6.9],
      [110.51, -6.89],
      [110.5, -6.89],
      [110.5, -6.9],
    ];
    coords.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(expected[i]![0]!, 10);
      expect(p[1]).toBeCloseTo(expected[i]![1]!, 10);
    });
    expect(r.features.features[0]?.properties).toEqual({ kode: '33.21.01.2001' });
  });

  it('readTopoJson reads a named object and reports a missing one', () => {
    expect(codes(readTopoJson(JSON.stringify(topology), { object: 'kecamatan' }))).toEqual([
      'NO_FEATURES',
    ]);
    const missing = readTopoJson(JSON.stringify(topology), { object: 'provinsi' });
    expect(codes(missing)).toEqual(['TOPOJSON_OBJECT_NOT_FOUND']);
    expect(missing.diagnostics[0]?.value).toEqual(['desa', 'kecamatan']);
  });

  it('readTopoJson reports NOT_TOPOJSON, INVALID_JSON and EMPTY_FILE', () => {
    expect(codes(readTopoJson('{"type":"FeatureCollection","features":[]}'))).toEqual([
      'NOT_TOPOJSON',
    ]);
    expect(codes(readTopoJson('{"type":'))).toEqual(['INVALID_JSON']);
    expect(codes(readTopoJson(''))).toEqual(['EMPTY_FILE']);
  });
});
