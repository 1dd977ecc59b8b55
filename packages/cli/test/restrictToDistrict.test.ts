import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { restrictToDistrict } from '../src/restrictToDistrict.ts';

const records = Object.freeze([
  { code: '3321012001', name: 'A', kecamatanName: 'Mranggen', values: { idm: 0.6 } },
  { code: '33.21.01.2002', name: 'B', kecamatanName: 'Mranggen', values: { idm: 0.7 } },
  { code: '3326012001', name: 'C', values: { idm: 0.5 } },
  { code: '1704012001', name: 'D', values: { idm: 0.4 } },
]);
const feature = (kode: string, nama: string) => ({
  type: 'Feature' as const,
  properties: { kode, nama },
  geometry: { type: 'Point' as const, coordinates: [110.6, -6.9] },
});
const boundaries: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    feature('33.21.01.2001', 'A'),
    feature('33.21.01.2002', 'B'),
    feature('33.21.01.1001', 'Kelurahan K'),
  ],
};

describe('restrictToDistrict', () => {
  it('without a district or boundaries returns the records unchanged', () => {
    const r = restrictToDistrict(records);
    expect(r.records).toBe(records);
    expect(r.diagnostics).toEqual([]);
  });

  it('--district keeps one kabupaten (dotted or plain) and summarises the rest by kabupaten', () => {
    const r = restrictToDistrict(records, { district: '3321', file: 'idm.csv' });
    expect(r.records.map((x) => x.name)).toEqual(['A', 'B']);
    expect(r.district).toBe('33.21');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'ROWS_OUTSIDE_DISTRICT',
      severity: 'info',
      file: 'idm.csv',
      value: 2,
    });
    expect(r.diagnostics[0]!.message).toContain('17.04: 1, 33.26: 1');
  });

  it('boundaries keep the matching rows and add the missing kelurahan with no values', () => {
    const r = restrictToDistrict(records, { boundaries });
    expect(r.records.map((x) => x.name)).toEqual(['A', 'B', 'Kelurahan K']);
    expect(r.records[2]).toEqual({
      code: '33.21.01.1001',
      name: 'Kelurahan K',
      kecamatanName: 'Mranggen',
      values: {},
    });
    expect([r.kept, r.setAside, r.added]).toEqual([2, 2, 1]);
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'ROWS_OUTSIDE_DISTRICT',
      'VILLAGES_ADDED_FROM_BOUNDARIES',
    ]);
  });

  it('a table of another district keeps nothing from the table', () => {
    const r = restrictToDistrict([records[2]!, records[3]!], { boundaries });
    expect(r.kept).toBe(0);
    expect(r.added).toBe(3);
  });
});
