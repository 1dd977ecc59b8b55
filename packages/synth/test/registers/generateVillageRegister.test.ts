import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { generateRegisters } from '../../src/registers/generateRegisters.ts';
import { generateVillageRegister } from '../../src/registers/generateVillageRegister.ts';
import { HOUSEHOLD_COLUMNS, registerCsvLines } from '../../src/registers/registerCsv.ts';
import type { VillageTotals } from '../../src/registers/types.ts';

const totals: VillageTotals = Object.freeze({
  code: '99.01.01.2001',
  kk_total: 120,
  penduduk: 430,
  desil1_kk: 11,
  desil12_kk: 30,
  miskin_ekstrem_jiwa: 25,
  rtlh_unit: 7,
  tanpa_air_kk: 9,
  tanpa_sanitasi_kk: 14,
  atps_anak: 6,
});

describe('generateVillageRegister', () => {
  const { households, persons } = generateVillageRegister(totals, createRng(3), { year: 2025 });
  const count = <T>(rows: readonly T[], f: (r: T) => boolean) => rows.filter(f).length;

  it('makes exactly the totals: households, persons, deciles, flags, extreme poor and out-of-school children', () => {
    expect(households).toHaveLength(120);
    expect(persons).toHaveLength(430);
    expect(count(households, (h) => h.desil === 1)).toBe(11);
    expect(count(households, (h) => h.desil === 1 || h.desil === 2)).toBe(30);
    expect(count(households, (h) => h.rtlh === 1)).toBe(7);
    expect(count(households, (h) => h.air_layak === 0)).toBe(9);
    expect(count(households, (h) => h.sanitasi_layak === 0)).toBe(14);
    expect(count(persons, (p) => p.miskin_ekstrem === 1)).toBe(25);
    expect(count(persons, (p) => p.umur >= 7 && p.umur <= 18 && p.sekolah !== 1)).toBe(6);
  });

  it('gives unique 16-digit NIKs and household ids, every person in a household of the village', () => {
    expect(new Set(persons.map((p) => p.nik)).size).toBe(430);
    expect(persons.every((p) => /^\d{16}$/.test(p.nik))).toBe(true);
    const ids = new Set(households.map((h) => h.id_keluarga));
    expect(ids.size).toBe(120);
    expect(persons.every((p) => ids.has(p.id_keluarga))).toBe(true);
  });

  it('leaves a field empty for the whole village when its total is null (not collected)', () => {
    const r = generateVillageRegister(
      { ...totals, rtlh_unit: null, atps_anak: null },
      createRng(3),
      {
        year: 2025,
      },
    );
    expect(r.households.every((h) => h.rtlh === null)).toBe(true);
    expect(r.persons.every((p) => p.sekolah === null)).toBe(true);
  });

  it('throws on impossible totals', () => {
    expect(() =>
      generateVillageRegister({ ...totals, penduduk: 100 }, createRng(1), { year: 2025 }),
    ).toThrow(/generateVillageRegister requires/);
  });
});

describe('generateRegisters', () => {
  it('is deterministic for a seed and labels every CSV row synthetic', () => {
    const a = [...generateRegisters([totals], { seed: 9 })][0]!;
    const b = [...generateRegisters([totals], { seed: 9 })][0]!;
    expect(a).toEqual(b);
    const lines = registerCsvLines(a.households, HOUSEHOLD_COLUMNS).trimEnd().split('\n');
    expect(lines).toHaveLength(120);
    expect(lines.every((l) => l.endsWith(',DATA SINTETIS'))).toBe(true);
  });
});
