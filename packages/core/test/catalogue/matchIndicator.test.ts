import { describe, expect, it } from 'vitest';
import { matchIndicator } from '../../src/catalogue/matchIndicator.ts';

describe('matchIndicator', () => {
  it.each([
    ['IDM', 'idm'],
    ['Indeks Desa Membangun', 'idm'],
    ['Nilai IDM 2024', 'idm'],
    ['Jumlah KK Desil 1', 'desil1_kk'],
    ['desil_1', 'desil1_kk'],
    ['Desil 1-2', 'desil12_kk'],
    ['Jumlah KK Desil 1 s/d 2', 'desil12_kk'],
    ['Penduduk Miskin Ekstrem (jiwa)', 'miskin_ekstrem_jiwa'],
    ['RTLH', 'rtlh_unit'],
    ['Prevalensi Stunting (%)', 'stunting_pct'],
    ['ATPS', 'atps_anak'],
    ['Jumlah KK', 'kk_total'],
    ['Jumlah Penduduk', 'penduduk'],
    ['iks', 'iks'],
  ])('matchIndicator(%j) is %s', (header, id) => {
    expect(matchIndicator(header)?.entry.id).toBe(id);
  });

  it('matchIndicator reads a rate id as the rate, not the count', () => {
    const m = matchIndicator('desil1_pct');
    expect(m?.entry.id).toBe('desil1_kk');
    expect(m?.asRate).toBe(true);
    expect(matchIndicator('desil1_kk')?.asRate).toBe(false);
  });

  it('matchIndicator says why in both languages', () => {
    const m = matchIndicator('Nilai IDM');
    expect(m?.reason.id).toContain('Nilai IDM');
    expect(m?.reason.en).toContain('Developing Village Index');
  });

  it('matchIndicator returns null for unknown headers rather than guessing', () => {
    for (const h of ['No', 'flag', 'skor', 'desil 3', 'IDMX', ''])
      expect(matchIndicator(h)).toBeNull();
  });
});
