import { describe, expect, it } from 'vitest';
import { readShapefileZip } from '../src/readShapefileZip.ts';
import {
  buildShapefileZip,
  UNKNOWN_PRJ,
  UTM_49S_PRJ,
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
    const zip = buildShapefileZip([
      { rings: [lonLat], properties: { kode: '33.21.01.2001', nama: 'Banyumeneng' } },
    ]);
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
    expect(codes(bare)).toEqual(['PROJECTED_COORDINATES']);
    expect(bare.diagnostics[0]?.message).toMatch(/\.prj/);
    expect(bare.features.features).toEqual([]);
    const known = await readShapefileZip(buildShapefileZip(polygons, { prj: UTM_49S_PRJ }));
    expect(known.features.features).toHaveLength(1);
  });

  it('readShapefileZip picks a layer and notes the choice when the zip holds several', async () => {
    const a = buildShapefileZip([{ rings: [lonLat], properties: { kode: '3321012001' } }], {
      name: 'a',
    });
    const b = buildShapefileZip([{ rings: [lonLat], properties: { kode: '3321012002' } }], {
      name: 'b',
    });
    // Re-pack both layers' stored entries into one zip.
    const entries = (zip: Uint8Array, name: string): [string, Uint8Array][] => {
      const out: [string, Uint8Array][] = [];
      const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      let p = 0;
      while (v.getUint32(p, true) === 0x04034b50) {
        const size = v.getUint32(p + 18, true);
        const n = v.getUint16(p + 26, true);
        const file = new TextDecoder().decode(zip.subarray(p + 30, p + 30 + n));
        out.push([file, zip.slice(p + 30 + n, p + 30 + n + size)]);
        p += 30 + n + size;
      }
      expect(out.every(([f]) => f.startsWith(name))).toBe(true);
      return out;
    };
    const both = zipStored([...entries(a, 'a'), ...entries(b, 'b')]);
    const first = await readShapefileZip(both);
    expect(codes(first)).toEqual(['SHAPEFILE_LAYER_CHOSEN', 'GEOMETRY_WRONG_WINDING']);
    const named = await readShapefileZip(both, { layer: 'b' });
    expect(named.features.features[0]?.properties).toEqual({ kode: '3321012002' });
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
