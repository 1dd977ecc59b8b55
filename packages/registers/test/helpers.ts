/** Test helpers: the sample district's totals and synthetic registers written to a temporary folder. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from '@lokus/io';
import {
  generateRegisters,
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
  registerCsvLines,
  type VillageTotals,
} from '@lokus/synth';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFINITIONS = join(REPO, 'data', 'definitions', 'dtsen-desa.yaml');
export const SAMPLE = join(REPO, 'data', 'sample', 'villages.csv');
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The register columns of the sample table. */
export const DERIVABLE = [
  'kk_total',
  'penduduk',
  'desil1_kk',
  'desil12_kk',
  'miskin_ekstrem_jiwa',
  'rtlh_unit',
  'tanpa_air_kk',
  'tanpa_sanitasi_kk',
  'atps_anak',
] as const;

/** The sample district's village table: code, name, kecamatan and values. */
export function sampleRecords() {
  const read = readCsv(readFileSync(SAMPLE), { file: SAMPLE });
  return read.records;
}

/** The sample's totals of the register columns, one per village. */
export function sampleTotals(): VillageTotals[] {
  return sampleRecords().map((r) => {
    const v = (id: string) => {
      const x = r.values[id];
      return x === null || x === undefined || Number.isNaN(x) ? null : x;
    };
    return {
      code: r.code,
      kk_total: v('kk_total')!,
      penduduk: v('penduduk')!,
      desil1_kk: v('desil1_kk'),
      desil12_kk: v('desil12_kk'),
      miskin_ekstrem_jiwa: v('miskin_ekstrem_jiwa'),
      rtlh_unit: v('rtlh_unit'),
      tanpa_air_kk: v('tanpa_air_kk'),
      tanpa_sanitasi_kk: v('tanpa_sanitasi_kk'),
      atps_anak: v('atps_anak'),
    };
  });
}

/** Writes synthetic keluarga.csv and anggota.csv for the totals into a new temporary folder. */
export function writeSyntheticRegister(totals: readonly VillageTotals[], seed = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'lokus-registers-'));
  const hh = [`${HOUSEHOLD_COLUMNS.join(',')}\n`];
  const pp = [`${PERSON_COLUMNS.join(',')}\n`];
  for (const v of generateRegisters(totals, { seed })) {
    hh.push(registerCsvLines(v.households, HOUSEHOLD_COLUMNS));
    pp.push(registerCsvLines(v.persons, PERSON_COLUMNS));
  }
  const households = join(dir, 'keluarga.csv');
  const persons = join(dir, 'anggota.csv');
  writeFileSync(households, hh.join(''));
  writeFileSync(persons, pp.join(''));
  return { dir, households, persons };
}
