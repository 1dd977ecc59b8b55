import { type Agency, readPlan, readSheet } from '@lokus/plan';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agency, villages } from '../fixtures.ts';

const HEADER = 'OPD;Program;Kegiatan;Indikator;Target;Anggaran (Rp);Sumber Dana;Desa/Kelurahan';

async function plan(lines: string[], agencies?: readonly Agency[]) {
  const sheet = await readSheet([HEADER, ...lines].join('\n'), { file: 'rat.csv' });
  return readPlan(sheet, villages(), agencies === undefined ? {} : { agencies });
}

describe('readPlan', () => {
  it('reads codes, "semua lokus" and "semua lokus di kecamatan X" into villages', async () => {
    const p = await plan([
      'Dinas Sosial;PKH plus;Bansos;desil1_kk;50;100.000.000;APBD;"3321012001; 33.21.02.2001"',
      'Dinas Perkim;RTLH;Bedah rumah;RTLH;20;200000000;Dana Desa;semua lokus',
      'Dinkes;Stunting;PMT;stunting_pct;;30.000.000;BAZNAS;semua lokus di kecamatan Sayung',
      'Dinkes;Air;Sumur;tanpa_air_kk;;1.500,5;CSR;Semua lokus di kec. 33.21.01',
    ]);
    expect(p.diagnostics).toEqual([]);
    expect(p.rows.map((r) => r.villages)).toEqual([
      ['33.21.01.2001', '33.21.02.2001'],
      ['33.21.01.2001', '33.21.01.2002', '33.21.01.2003', '33.21.02.2001'],
      ['33.21.02.2001'],
      ['33.21.01.2001', '33.21.01.2002', '33.21.01.2003'],
    ]);
    expect(p.rows.map((r) => [r.indicator, r.budget, r.source, r.target])).toEqual([
      ['desil1_kk', 100_000_000, 'APBD', 50],
      ['rtlh_unit', 200_000_000, 'APBDes/Dana Desa', 20],
      ['stunting_pct', 30_000_000, 'BAZNAS', null],
      ['tanpa_air_kk', 1500.5, 'CSR', null],
    ]);
    expect(p.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('names file, row, line, column and value for each bad cell, and sets the row aside', async () => {
    const p = await plan([
      'Dinas Sosial;PKH;;desil1_kk;;-5;APBD;3321012001',
      'Dinas Sosial;PKH;;desil1_kk;;10;APBD;33.21.09.2999',
      'Dinas Sosial;PKH;;jumlah kucing;;10;APBD;3321012001',
      'Dinas Sosial;PKH;;desil1_kk;;sepuluh;APBD;3321012001',
      'Dinas Sosial;PKH;;desil1_kk;;10;hibah;3321012001',
      ';PKH;;desil1_kk;;10;APBD;3321012001',
      'Dinas Sosial;PKH;;desil1_kk;;10;APBD;semua lokus di kecamatan Atlantis',
      'Dinas Sosial;PKH;;desil1_kk;;10;APBD;desa dekat sungai',
    ]);
    expect(p.diagnostics.map((d) => [d.code, d.row, d.line, d.column, d.value])).toEqual([
      ['PLAN_NEGATIVE_BUDGET', 1, 2, 'Anggaran (Rp)', -5],
      ['PLAN_UNKNOWN_VILLAGE', 2, 3, 'Desa/Kelurahan', '33.21.09.2999'],
      ['PLAN_UNKNOWN_INDICATOR', 3, 4, 'Indikator', 'jumlah kucing'],
      ['PLAN_NOT_A_NUMBER', 4, 5, 'Anggaran (Rp)', 'sepuluh'],
      ['PLAN_UNKNOWN_SOURCE', 5, 6, 'Sumber Dana', 'hibah'],
      ['PLAN_MISSING_VALUE', 6, 7, 'OPD', ''],
      ['PLAN_UNKNOWN_KECAMATAN', 7, 8, 'Desa/Kelurahan', 'Atlantis'],
      ['PLAN_MALFORMED_VILLAGE', 8, 9, 'Desa/Kelurahan', 'desa dekat sungai'],
    ]);
    expect(p.rows).toEqual([]);
    expect(p.setAside).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(p.diagnostics[0]?.message).toBe(
      'rat.csv, row 1 (2), column "Anggaran (Rp)": budget -5 is negative; the row is set aside',
    );
    expect(p.diagnostics[0]?.messageId).toBe(
      'rat.csv, baris 1 (2), kolom "Anggaran (Rp)": anggaran -5 bernilai negatif; baris dikesampingkan',
    );
  });

  it('counts a repeated row once and names the first one', async () => {
    const line = 'Dinas Sosial;PKH;;desil1_kk;;10;APBD;3321012001';
    const p = await plan([line, 'Dinkes;PMT;;stunting_pct;;5;APBD;3321022001', line]);
    expect(p.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(p.diagnostics.map((d) => [d.code, d.row, d.severity, d.message])).toEqual([
      [
        'PLAN_DUPLICATE_ROW',
        3,
        'warning',
        'rat.csv, row 3 (4): the row repeats row 1; it is counted once',
      ],
    ]);
    expect(p.setAside).toEqual([3]);
  });

  it('warns about agencies not listed and rows outside an agency mandate', async () => {
    const p = await plan(
      [
        'Dinas Sosial;PKH;;rtlh_unit;;10;APBD;3321012001',
        'Dinas Pariwisata;Wisata;;desil1_kk;;10;APBD;3321012001',
      ],
      [agency('Dinas Sosial', ['desil1_kk'])],
    );
    expect(p.diagnostics.map((d) => [d.code, d.row, d.value])).toEqual([
      ['PLAN_OUTSIDE_MANDATE', 1, 'Dinas Sosial'],
      ['PLAN_UNKNOWN_AGENCY', 2, 'Dinas Pariwisata'],
    ]);
    expect(p.rows).toHaveLength(2);
  });

  it('refuses a plan without a required column, naming it', async () => {
    const sheet = await readSheet('OPD,Program\nDinsos,PKH\n', { file: 'rat.csv' });
    const p = readPlan(sheet, villages());
    expect(p.diagnostics.map((d) => [d.code, d.value])).toEqual([
      ['PLAN_COLUMN_MISSING', 'Indikator'],
      ['PLAN_COLUMN_MISSING', 'Anggaran (Rp)'],
      ['PLAN_COLUMN_MISSING', 'Sumber Dana'],
      ['PLAN_COLUMN_MISSING', 'Desa/Kelurahan'],
    ]);
    expect(p.setAside).toEqual([1]);
  });

  it('gives every data row a plan row or a set-aside entry with a diagnostic (property)', async () => {
    const cell = fc.constantFrom(
      'desil1_kk',
      'RTLH',
      'kucing',
      '',
      '-3',
      '10',
      'APBD',
      'hibah',
      '3321012001',
      '3321099999',
      'semua lokus',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 12 }),
        async (rows) => {
          const p = await plan(rows.map((r) => r.join(';')));
          const nonEmpty = p.rows.length + p.setAside.length;
          const sheet = await readSheet([HEADER, ...rows.map((r) => r.join(';'))].join('\n'));
          expect(nonEmpty).toBe(sheet.rows.length);
          for (const r of p.setAside) expect(p.diagnostics.some((d) => d.row === r)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('readPlan on a ragged CSV row', () => {
  it('sets aside a row whose unquoted delimiter spills a cell past the header', async () => {
    const p = await plan(['Dinas Perkim;RTLH;;rtlh_unit;;10;APBD;3321012002;3321012003']);
    expect(p.diagnostics.map((d) => [d.code, d.row, d.value])).toEqual([['PLAN_RAGGED_ROW', 1, 1]]);
    expect(p.rows).toEqual([]);
  });
});
