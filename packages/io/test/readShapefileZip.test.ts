import { describe, expect, it } from 'vitest';
import { readShapefileZip } from '../src/readShapefileZip.ts';
import {
  buildShapefileZip,
  encodeWindows1252,
  shapefileEntries,
  UNKNOWN_PRJ,
  UTM_49S_PRJ,
  WGS84_PRJ,
  zipStored,
} from './fixtures/buildShapefileZip.ts';

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);
// Shapefile shells run clockwise (ESRI Shapefile Technical Description).
const lonLat: [number, number][] = [
  [110.5, -6.9],
  [110.5, -6.89],
  [110.51, -6.89],
  [110.51, -6.9],
  [110.5, -6.9],
];
const utm: [number, number][] = [
  [450000, 9230000],
  [450000, 9231000],
  [451000, 9231000],
  [451000, 9230000],
  [450000, 9230000],
];

describe('readShapefileZip', () => {
  it('readShapefileZip reads geometry and attributes of a WGS84 shapefile', async () => {
    const zip = buildShapefileZip(
      [{ rings: [lonLat], properties: { kode: '33.21.01.2001', nama: 'Banyumeneng' } }],
      { prj: WGS84_PRJ },
    );
    const r = await readShapefileZip(zip, { file: 'desa.zip' });
    expect(codes(r)).toEqual(['GEOMETRY_WRONG_WINDING']);
    expect(r.features.features[0]?.properties).toEqual({
      kode: '33.21.01.2001',
      nama: 'Banyumeneng',
    });
    expect(r.features.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [[...lonLat].reverse()],
    });
  });

  it('readShapefileZip refuses a .prj it cannot read and projected coordinates without one', async () => {
    const polygons = [{ rings: [utm], properties: { kode: '33.21.01.2001' } }];
    const unknown = await readShapefileZip(buildShapefileZip(polygons, { prj: UNKNOWN_PRJ }));
    expect(codes(unknown)).toEqual(['SHAPEFILE_UNKNOWN_PROJECTION']);
    expect(unknown.features.features).toEqual([]);
    const bare = await readShapefileZip(buildShapefileZip(polygons));
    expect(codes(bare)).toEqual(['SHAPEFILE_NO_PRJ', 'PROJECTED_COORDINATES']);
    expect(bare.diagnostics[1]?.message).toMatch(/\.prj/);
    expect(bare.features.features).toEqual([]);
    const known = await readShapefileZip(buildShapefileZip(polygons, { prj: UTM_49S_PRJ }));
    expect(known.features.features).toHaveLength(1);
  });

  it('readShapefileZip picks a layer and notes the choice when the zip holds several', async () => {
    const a = shapefileEntries([{ rings: [lonLat], properties: { kode: '3321012001' } }], {
      name: 'a',
      prj: WGS84_PRJ,
    });
    const b = shapefileEntries([{ rings: [lonLat], properties: { kode: '3321012002' } }], {
      name: 'sub/b',
      prj: WGS84_PRJ,
    });
    // Whatever the order of the entries, the alphabetically first layer is read.
    for (const both of [zipStored([...a, ...b]), zipStored([...b, ...a])]) {
      const first = await readShapefileZip(both);
      expect(codes(first)).toEqual(['SHAPEFILE_LAYER_CHOSEN', 'GEOMETRY_WRONG_WINDING']);
      expect(first.diagnostics[0]?.value).toEqual(['a', 'sub/b']);
      expect(first.features.features[0]?.properties).toEqual({ kode: '3321012001' });
      const named = await readShapefileZip(both, { layer: 'B' });
      expect(named.features.features[0]?.properties).toEqual({ kode: '3321012002' });
    }
    const missing = await readShapefileZip(zipStored([...a, ...b]), { layer: 'kec' });
    expect(codes(missing)).toEqual(['SHAPEFILE_LAYER_NOT_FOUND']);
  });

  it('readShapefileZip without a .dbf reports SHAPEFILE_NO_DBF, and the join says why it cannot match', async () => {
    const zip = buildShapefileZip([{ rings: [lonLat], properties: { kode: '3321012001' } }], {
      prj: WGS84_PRJ,
      noDbf: true,
    });
    const r = await readShapefileZip(zip, { file: 'desa.zip' });
    expect(codes(r)).toEqual(['SHAPEFILE_NO_DBF', 'GEOMETRY_WRONG_WINDING']);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', file: 'desa.zip' });
    expect(r.features.features[0]?.properties).toEqual({});
  });

  it('readShapefileZip without a .prj notes that WGS84 was assumed', async () => {
    const zip = buildShapefileZip([{ rings: [lonLat], properties: { kode: '3321012001' } }]);
    const r = await readShapefileZip(zip);
    expect(codes(r)).toEqual(['SHAPEFILE_NO_PRJ', 'GEOMETRY_WRONG_WINDING']);
    expect(r.diagnostics[0]?.severity).toBe('info');
    expect(r.features.features).toHaveLength(1);
  });

  it('readShapefileZip decodes a windows-1252 .dbf without .cpg with ENCODING_FALLBACK, or as told', async () => {
    const polygons = [{ rings: [lonLat], properties: { kode: '3321012001', nama: 'Kédung Ñ' } }];
    const zip = buildShapefileZip(polygons, { prj: WGS84_PRJ, encode: encodeWindows1252 });
    const r = await readShapefileZip(zip);
    expect(codes(r)).toEqual(['ENCODING_FALLBACK', 'GEOMETRY_WRONG_WINDING']);
    expect(r.features.features[0]?.properties?.nama).toBe('Kédung Ñ');
    const told = await readShapefileZip(zip, { encoding: 'windows-1252' });
    expect(codes(told)).toEqual(['GEOMETRY_WRONG_WINDING']);
    expect(told.features.features[0]?.properties?.nama).toBe('Kédung Ñ');
    const cpg = buildShapefileZip(polygons, {
      prj: WGS84_PRJ,
      cpg: '1252',
      encode: encodeWindows1252,
    });
    expect((await readShapefileZip(cpg)).features.features[0]?.properties?.nama).toBe('Kédung Ñ');
    const utf8 = buildShapefileZip(polygons, { prj: WGS84_PRJ });
    const plain = await readShapefileZip(utf8);
    expect(codes(plain)).toEqual(['GEOMETRY_WRONG_WINDING']);
    expect(plain.features.features[0]?.properties?.nama).toBe('Kédung Ñ');
  });

  it('readShapefileZip reports EMPTY_FILE and SHAPEFILE_UNREADABLE without throwing', async () => {
    expect(codes(await readShapefileZip(new Uint8Array(0)))).toEqual(['EMPTY_FILE']);
    expect(codes(await readShapefileZip(new Uint8Array([1, 2, 3, 4])))).toEqual([
      'SHAPEFILE_UNREADABLE',
    ]);
    const noShp = zipStored([['readme.txt', new TextEncoder().encode('hi')]]);
    expect(codes(await readShapefileZip(noShp.buffer as ArrayBuffer))).toEqual([
      'SHAPEFILE_UNREADABLE',
    ]);
  });
});
