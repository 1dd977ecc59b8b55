import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/readCsv.ts';
import { readGeoJson } from '../src/readGeoJson.ts';
import { readShapefileZip } from '../src/readShapefileZip.ts';
import { writeCsv } from '../src/writeCsv.ts';
import { writeGeoJson } from '../src/writeGeoJson.ts';
import { buildShapefileZip, UTM_49S_PRJ } from './fixtures/buildShapefileZip.ts';

// Hostile inputs a district team may really hand over. Each case pins the exact diagnostic codes
// (or the documented repair) and proves the readers never throw on bad data.

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const square = (x: number, y: number, d = 0.01): number[][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
const fc = (geometry: Polygon | MultiPolygon, properties: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { kode: '33.21.01.2001', ...properties }, geometry }],
  });

describe('hostile CSV input', () => {
  it('readCsv reads decimal commas and percent signs', () => {
    const r = readCsv('kode;nama;p\n3321012001;A;8,95\n3321012002;B;12,5%\n');
    expect(codes(r)).toEqual([]);
    expect(r.records.map((x) => x.values.p)).toEqual([8.95, 12.5]);
  });

  it('readCsv reads thousands dots, with and without a decimal comma', () => {
    const r = readCsv('kode;pend;luas\n3321012001;1.254.204;1.254,5\n3321012002;2.500;0,75\n');
    expect(codes(r)).toEqual([]);
    expect(r.records.map((x) => x.values.pend)).toEqual([1254204, 2500]);
    expect(r.records.map((x) => x.values.luas)).toEqual([1254.5, 0.75]);
  });

  it('readCsv strips a UTF-8 byte-order mark from the first header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('kode,idm\n3321012001,0.65\n')]);
    const r = readCsv(bytes);
    expect(codes(r)).toEqual([]);
    expect(r.columns).toEqual(['kode', 'idm']);
    expect(r.codeColumn).toBe('kode');
  });

  it('readCsv sniffs a semicolon delimiter', () => {
    const r = readCsv('kode;nama;idm\n3321012001;Banyumeneng;0,6529\n');
    expect(r.delimiter).toBe(';');
    expect(r.records[0]).toEqual({
      code: '33.21.01.2001',
      name: 'Banyumeneng',
      values: { idm: 0.6529 },
    });
  });

  it('readCsv reports EMPTY_FILE for an empty or blank file', () => {
    expect(codes(readCsv(''))).toEqual(['EMPTY_FILE']);
    expect(codes(readCsv(new Uint8Array(0)))).toEqual(['EMPTY_FILE']);
    expect(codes(readCsv(' \r\n\n'))).toEqual(['EMPTY_FILE']);
  });

  it('readCsv reports NO_ROWS for a header without data', () => {
    const r = readCsv('kode,nama,idm\n');
    expect(codes(r)).toEqual(['NO_ROWS']);
    expect(r.records).toEqual([]);
  });

  it('readCsv reports a duplicate code and keeps both rows', () => {
    const r = readCsv('kode,idm\n3321012001,0.5\n3321012002,0.6\n33.21.01.2001,0.7\n', {
      file: 'dup.csv',
    });
    expect(codes(r)).toEqual(['DUPLICATE_VILLAGE_CODE']);
    expect(r.diagnostics[0]).toMatchObject({
      file: 'dup.csv',
      row: 3,
      line: 4,
      value: '33.21.01.2001',
    });
    expect(r.records).toHaveLength(3);
  });

  it('readCsv normalises mixed code forms to the dotted form', () => {
    const r = readCsv('kode,idm\n3321012001,0.5\n33.21.01.2002,0.6\n" 3321012003 ",0.7\n');
    expect(codes(r)).toEqual([]);
    expect(r.records.map((x) => x.code)).toEqual([
      '33.21.01.2001',
      '33.21.01.2002',
      '33.21.01.2003',
    ]);
  });

  it('readCsv reads a non-numeric cell as NaN with NON_NUMERIC_VALUE and keeps the village', () => {
    const r = readCsv('kode,idm\n3321012001,0.5\n3321012002,abc\n3321012003,0.7\n');
    expect(codes(r)).toEqual(['NON_NUMERIC_VALUE']);
    expect(r.diagnostics[0]).toMatchObject({ row: 2, line: 3, column: 'idm', value: 'abc' });
    expect(r.records).toHaveLength(3);
    expect(Number.isNaN(r.records[1]?.values.idm)).toBe(true);
  });

  it('readCsv reports AMBIGUOUS_NUMBER_FORMAT instead of guessing 1.254', () => {
    const text = 'kode,pend\n3321012001,1.254\n3321012002,2.500\n';
    const r = readCsv(text);
    expect(codes(r)).toEqual(['AMBIGUOUS_NUMBER_FORMAT']);
    expect(r.diagnostics[0]).toMatchObject({ column: 'pend', value: ['1.254', '2.500'] });
    expect(Number.isNaN(r.records[0]?.values.pend)).toBe(true);
    const told = readCsv(text, { decimal: ',' });
    expect(codes(told)).toEqual([]);
    expect(told.records.map((x) => x.values.pend)).toEqual([1254, 2500]);
  });

  it('readCsv decodes latin1 (windows-1252) names with ENCODING_FALLBACK', () => {
    // "Kédung" in windows-1252: é = 0xE9, invalid as UTF-8.
    const bytes = new Uint8Array([...utf8('kode,nama\n3321012001,K'), 0xe9, ...utf8('dung\n')]);
    const r = readCsv(bytes);
    expect(codes(r)).toEqual(['ENCODING_FALLBACK']);
    expect(r.records[0]?.name).toBe('Kédung');
  });

  it('readCsv keeps HTML in names as plain text, flagged nowhere', () => {
    const name = '<img src=x onerror=alert(1)>';
    const r = readCsv(`kode,nama\n3321012001,${name}\n`);
    expect(codes(r)).toEqual([]);
    expect(r.records[0]?.name).toBe(name);
    const again = readCsv(
      writeCsv([{ kode: '33.21.01.2001', nama: name }], { columns: ['kode', 'nama'] }),
    );
    expect(again.records[0]?.name).toBe(name);
  });
});

describe('hostile boundary input', () => {
  it('readGeoJson refuses UTM coordinates without a CRS (PROJECTED_COORDINATES)', () => {
    const r = readGeoJson(fc({ type: 'Polygon', coordinates: [square(450000, 9230000, 1000)] }));
    expect(codes(r)).toEqual(['PROJECTED_COORDINATES']);
    expect(r.features.features).toEqual([]);
  });

  it('readGeoJson reprojects UTM 49S coordinates named by a crs member', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32749' } },
      features: [
        {
          type: 'Feature',
          properties: { kode: '33.21.01.2001' },
          geometry: { type: 'Polygon', coordinates: [square(450000, 9230000, 1000)] },
        },
      ],
    });
    const r = readGeoJson(text);
    expect(codes(r)).toEqual(['REPROJECTED']);
    const ring = (r.features.features[0]!.geometry as Polygon).coordinates[0]!;
    // Reference: PROJ 9.1.1 `cs2cs +proj=utm +zone=49 +south +datum=WGS84 +to +proj=longlat`:
    // 450000 9230000 -> 110.547348093 -6.965871185; 451000 9231000 -> 110.556409439 -6.956834060.
    expect(ring[0]![0]).toBeCloseTo(110.547348093, 8);
    expect(ring[0]![1]).toBeCloseTo(-6.965871185, 8);
    expect(ring[2]![0]).toBeCloseTo(110.556409439, 8);
    expect(ring[2]![1]).toBeCloseTo(-6.95683406, 8);
  });

  it('readShapefileZip reprojects a UTM 49S shapefile with its .prj', async () => {
    const shell: [number, number][] = [
      [450000, 9230000],
      [450000, 9231000],
      [451000, 9231000],
      [451000, 9230000],
      [450000, 9230000],
    ];
    const zip = buildShapefileZip([{ rings: [shell], properties: { kode: '33.21.01.2001' } }], {
      prj: UTM_49S_PRJ,
      cpg: 'UTF-8',
    });
    const r = await readShapefileZip(zip);
    // Shapefile shells are clockwise: the RFC 7946 rewind is the only note.
    expect(codes(r)).toEqual(['GEOMETRY_WRONG_WINDING']);
    const ring = (r.features.features[0]!.geometry as Polygon).coordinates[0]!;
    const lon = ring.map((p) => p[0]!);
    const lat = ring.map((p) => p[1]!);
    // Reference corners from PROJ 9.1.1 cs2cs (see above).
    expect(Math.min(...lon)).toBeCloseTo(110.547348093, 6);
    expect(Math.max(...lat)).toBeCloseTo(-6.95682549, 6);
    expect(Math.min(...lat)).toBeCloseTo(-6.965879766, 6);
  });

  it('readGeoJson swaps latitude/longitude back with SWAPPED_COORDINATES', () => {
    const lonLat = square(110.5, -6.9);
    const latLon = lonLat.map(([x, y]) => [y!, x!]);
    const r = readGeoJson(fc({ type: 'Polygon', coordinates: [latLon] }));
    expect(codes(r)).toEqual(['SWAPPED_COORDINATES']);
    expect((r.features.features[0]!.geometry as Polygon).coordinates[0]).toEqual(lonLat);
  });

  it('readGeoJson closes an unclosed ring with GEOMETRY_UNCLOSED_RING', () => {
    const ring = square(110.5, -6.9).slice(0, 4);
    const r = readGeoJson(fc({ type: 'Polygon', coordinates: [ring] }));
    expect(codes(r)).toEqual(['GEOMETRY_UNCLOSED_RING']);
    expect((r.features.features[0]!.geometry as Polygon).coordinates[0]).toEqual([
      ...ring,
      ring[0],
    ]);
  });

  it('readGeoJson sets a self-intersecting (bow-tie) polygon aside with its reason', () => {
    const bowTie = [
      [110.5, -6.9],
      [110.51, -6.89],
      [110.51, -6.9],
      [110.5, -6.89],
      [110.5, -6.9],
    ];
    const r = readGeoJson(fc({ type: 'Polygon', coordinates: [bowTie] }));
    // The village is set aside (a warning naming it), and a file with nothing left is refused.
    expect(codes(r)).toEqual(['GEOMETRY_SELF_INTERSECTION', 'NO_FEATURES']);
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'warning',
      row: 1,
      village: '33.21.01.2001',
    });
    expect(r.diagnostics[0]?.message).toMatch(/set aside/);
    expect(r.setAside).toEqual([
      { feature: 1, code: '33.21.01.2001', reason: 'GEOMETRY_SELF_INTERSECTION' },
    ]);
    expect(r.diagnostics[1]?.severity).toBe('error');
  });

  it('readGeoJson keeps a MultiPolygon with holes intact', () => {
    const hole = [
      [110.502, -6.898],
      [110.502, -6.892],
      [110.508, -6.892],
      [110.508, -6.898],
      [110.502, -6.898],
    ];
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(110.5, -6.9), hole], [square(110.6, -6.9)]],
    };
    const r = readGeoJson(fc(geometry));
    expect(codes(r)).toEqual([]);
    expect(r.features.features[0]?.geometry).toEqual(geometry);
  });

  it('readGeoJson keeps HTML in names as plain text through a write and a read', () => {
    const name = '<img src=x onerror=alert(1)>';
    const r = readGeoJson(
      fc({ type: 'Polygon', coordinates: [square(110.5, -6.9)] }, { nama: name }),
    );
    expect(codes(r)).toEqual([]);
    expect(r.features.features[0]?.properties?.nama).toBe(name);
    const again = readGeoJson(writeGeoJson(r.features));
    expect(codes(again)).toEqual([]);
    expect((again.features as FeatureCollection).features[0]?.properties?.nama).toBe(name);
    expect((again.features.features[0] as Feature).geometry).toEqual(
      r.features.features[0]?.geometry,
    );
  });
});
