import { joinByCode } from '@lokus/geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeoJson } from '../../src/readGeoJson.ts';
import { readScenario } from '../../src/readScenario.ts';
import { readTopoJson } from '../../src/readTopoJson.ts';

// Bad boundary files a district team may hand over, built here from Demak-like villages. Each
// case pins the diagnostics and what happens to the villages (set aside, repaired or refused).

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);
const square = (x: number, y: number, d = 0.01): number[][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
const village = (i: number, geometry: Geometry | null = null): Feature<Geometry | null> => ({
  type: 'Feature',
  properties: { kode: `33.21.01.${2001 + i}`, nama: `Desa ${i}` },
  geometry: geometry ?? { type: 'Polygon', coordinates: [square(110.5 + 0.01 * i, -6.9)] },
});
const collection = (features: Feature<Geometry | null>[]): string =>
  JSON.stringify({
    type: 'FeatureCollection',
    features,
  } satisfies FeatureCollection<Geometry | null>);
const three = (middle: Feature<Geometry | null>) => collection([village(0), middle, village(2)]);

describe('bad boundary files', () => {
  it('readGeoJson refuses deeply nested JSON up front with NESTING_TOO_DEEP, no stack overflow', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${deep}}}]}`;
    const r = readGeoJson(text, { file: 'deep.geojson' });
    expect(codes(r)).toEqual(['NESTING_TOO_DEEP']);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', file: 'deep.geojson', line: 1 });
    expect(codes(readTopoJson(text))).toEqual(['NESTING_TOO_DEEP']);
    expect(codes(readScenario(text, { format: 'json' }))).toEqual(['NESTING_TOO_DEEP']);
  });

  it('readGeoJson sets a null-island feature aside, so the extent stays in Indonesia', () => {
    const r = readGeoJson(three(village(1, { type: 'Polygon', coordinates: [square(0, 0)] })));
    expect(codes(r)).toEqual(['NULL_ISLAND']);
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'warning',
      row: 2,
      village: '33.21.01.2002',
    });
    expect(r.setAside).toEqual([{ feature: 2, code: '33.21.01.2002', reason: 'NULL_ISLAND' }]);
    expect(r.features.features).toHaveLength(2);
    const xs = r.features.features.flatMap((f) =>
      (f.geometry as { coordinates: number[][][] }).coordinates[0]!.map((p) => p[0]!),
    );
    expect(Math.min(...xs)).toBeGreaterThan(100);
  });

  it('readGeoJson swaps back a single feature in latitude/longitude order: "coordinates look swapped"', () => {
    const latLon = square(110.51, -6.9).map(([x, y]) => [y!, x!]);
    const r = readGeoJson(three(village(1, { type: 'Polygon', coordinates: [latLon] })));
    expect(codes(r)).toEqual(['SWAPPED_COORDINATES']);
    expect(r.diagnostics[0]).toMatchObject({ row: 2, village: '33.21.01.2002' });
    expect(r.diagnostics[0]?.message).toMatch(/look swapped/);
    expect(r.features.features).toHaveLength(3);
    expect(
      (r.features.features[1]!.geometry as { coordinates: number[][][] }).coordinates[0],
    ).toContainEqual([110.51, -6.9]);
  });

  it('readGeoJson sets aside one self-intersecting and one missing geometry, keeping the rest', () => {
    const bowTie = [
      [110.5, -6.9],
      [110.51, -6.89],
      [110.51, -6.9],
      [110.5, -6.89],
      [110.5, -6.9],
    ];
    const r = readGeoJson(
      collection([
        village(0),
        village(1, { type: 'Polygon', coordinates: [bowTie] }),
        { ...village(2), geometry: null },
        village(3),
      ]),
      { file: 'desa.geojson' },
    );
    expect(codes(r)).toEqual(['GEOMETRY_SELF_INTERSECTION', 'GEOMETRY_MISSING']);
    expect(r.diagnostics.every((d) => d.severity === 'warning' && d.file === 'desa.geojson')).toBe(
      true,
    );
    expect(r.setAside.map((s) => [s.feature, s.code, s.reason])).toEqual([
      [2, '33.21.01.2002', 'GEOMETRY_SELF_INTERSECTION'],
      [3, '33.21.01.2003', 'GEOMETRY_MISSING'],
    ]);
    expect(r.features.features.map((f) => f.properties?.kode)).toEqual([
      '33.21.01.2001',
      '33.21.01.2004',
    ]);
    // The join names the reason for the villages whose boundary was set aside.
    const table = { code: ['3321012001', '3321012002', '3321012003', '3321012004'] };
    const join = joinByCode(table, r.features, {
      setAside: r.setAside.map((s) => ({ code: s.code!, reason: s.reason })),
    });
    expect(join.refused).toBe(false);
    expect(join.unmatchedTable.map((u) => [u.row, u.reason])).toEqual([
      [1, 'boundary-set-aside'],
      [2, 'boundary-set-aside'],
    ]);
  });

  it('readGeoJson refuses an empty FeatureCollection with NO_FEATURES (an error)', () => {
    const r = readGeoJson('{"type":"FeatureCollection","features":[]}', { file: 'x.geojson' });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'NO_FEATURES', severity: 'error', file: 'x.geojson' }),
    ]);
  });

  // No timing assert: speed is measured in the benchmark; the limit only guards a loaded machine.
  it('readGeoJson reads one valid polygon of 100,000 vertices (self-intersection check O(n log n))', {
    timeout: 60_000,
  }, () => {
    const n = 100_000;
    const ring: number[][] = [];
    for (let i = 0; i < n; i++) {
      const t = (2 * Math.PI * i) / n;
      ring.push([110.6 + 0.05 * Math.cos(t), -6.9 + 0.05 * Math.sin(t)]);
    }
    ring.push(ring[0]!);
    const r = readGeoJson(collection([village(0, { type: 'Polygon', coordinates: [ring] })]));
    expect(codes(r)).toEqual([]);
    expect(r.features.features).toHaveLength(1);
  });

  it('readTopoJson sets aside a feature whose arc is missing, with TOPOJSON_MISSING_ARC', () => {
    const topology = {
      type: 'Topology',
      objects: {
        desa: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0]], properties: { kode: '33.21.01.2001' } },
            { type: 'Polygon', arcs: [[~5]], properties: { kode: '33.21.01.2002' } },
          ],
        },
      },
      arcs: [square(110.5, -6.9)],
    };
    const r = readTopoJson(JSON.stringify(topology), { file: 'desa.topojson' });
    expect(codes(r)).toEqual(['TOPOJSON_MISSING_ARC']);
    expect(r.diagnostics[0]).toMatchObject({ row: 2, village: '33.21.01.2002', value: ~5 });
    expect(r.diagnostics[0]?.message).toMatch(/arc -6, but the topology has 1 arcs/);
    expect(r.features.features).toHaveLength(1);
    expect(r.setAside).toEqual([
      { feature: 2, code: '33.21.01.2002', reason: 'TOPOJSON_MISSING_ARC' },
    ]);
  });

  it('readGeoJson sets aside one feature outside Indonesia while the rest is inside', () => {
    const r = readGeoJson(three(village(1, { type: 'Polygon', coordinates: [square(10, 50)] })));
    expect(codes(r)).toEqual(['OUTSIDE_INDONESIA']);
    expect(r.setAside.map((s) => s.reason)).toEqual(['OUTSIDE_INDONESIA']);
    expect(r.features.features).toHaveLength(2);
  });
});
