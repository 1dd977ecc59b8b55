import { readAgencies, readSheet } from '@lokus/plan';
import { describe, expect, it } from 'vitest';
import { villages } from '../fixtures.ts';

async function agencies(lines: string[]) {
  const header =
    'OPD;Mandat;Min Desa;Maks Desa;Preferensi Kecamatan;Preferensi Desa;Desa Dampingan Tetap';
  const sheet = await readSheet([header, ...lines].join('\n'), { file: 'opd.csv' });
  return readAgencies(sheet, villages());
}

describe('readAgencies', () => {
  it('reads mandates by id or header, capacities, preferences and pins', async () => {
    const list = await agencies([
      'Dinas Perkim;"RTLH, tanpa_air_kk";1;2;Sayung;;3321012002',
      'Dinas Sosial;desil1_kk;;;;33.21.01.2001;',
    ]);
    expect(list.diagnostics).toEqual([]);
    expect(list.agencies).toEqual([
      {
        name: 'Dinas Perkim',
        mandate: ['rtlh_unit', 'tanpa_air_kk'],
        min: 1,
        max: 2,
        preferKecamatan: ['33.21.02'],
        preferVillages: [],
        pinned: ['33.21.01.2002'],
      },
      {
        name: 'Dinas Sosial',
        mandate: ['desil1_kk'],
        min: 0,
        max: 1,
        preferKecamatan: [],
        preferVillages: ['33.21.01.2001'],
        pinned: [],
      },
    ]);
  });

  it('sets aside an agency without mandate, a bad capacity, an unknown pin and a repeat', async () => {
    const list = await agencies([
      'Dinas Sosial;;0;1;;;',
      'Dinkes;stunting_pct;3;2;;;',
      'Dinas Perkim;rtlh_unit;0;1;;;3321092999',
      'Dinas PU;tanpa_air_kk;0;1;;;',
      'Dinas PU;tanpa_air_kk;0;1;;;',
    ]);
    expect(list.diagnostics.map((d) => [d.code, d.row, d.column, d.value])).toEqual([
      ['AGENCY_WITHOUT_MANDATE', 1, 'Mandat', 'Dinas Sosial'],
      ['AGENCY_BAD_CAPACITY', 2, 'Min Desa', '3–2'],
      ['PLAN_UNKNOWN_VILLAGE', 3, 'Desa Dampingan Tetap', '3321092999'],
      ['AGENCY_DUPLICATE', 5, 'OPD', 'Dinas PU'],
    ]);
    expect(list.agencies.map((a) => a.name)).toEqual(['Dinas PU']);
    expect(list.setAside).toEqual([1, 2, 3, 5]);
  });
});
