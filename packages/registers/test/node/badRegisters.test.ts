import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeIndicators } from '@lokus/registers/node';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFINITIONS, FIXTURES } from '../helpers.ts';

const KELUARGA = readFileSync(join(FIXTURES, 'kecil', 'keluarga.csv'), 'utf8');
const ANGGOTA = readFileSync(join(FIXTURES, 'kecil', 'anggota.csv'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'lokus-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Writes a file into the test folder and returns its path. */
function file(text: string, ext = 'csv'): string {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, text);
  return path;
}
/** Replaces one data row (1-based) of a CSV text. */
function withRow(text: string, row: number, line: string): string {
  const lines = text.split('\n');
  lines[row] = line;
  return lines.join('\n');
}
const codes = (r: { diagnostics: readonly { code: string; severity: string }[] }) =>
  r.diagnostics.filter((d) => d.code !== 'SMALL_COUNT').map((d) => d.code);

describe('computeIndicators on bad registers', () => {
  it('MISSING_COLUMN: names the file and column, drops the indicators that need it, writes nothing', async () => {
    const noDesil = KELUARGA.replace(',desil,', ',desil_dtsen,');
    const path = file(noDesil);
    const r = await computeIndicators([path, file(ANGGOTA)], DEFINITIONS);
    const missing = r.diagnostics.filter((d) => d.code === 'MISSING_COLUMN');
    expect(missing.map((d) => [d.file, d.column, d.indicator])).toEqual([
      [path, 'desil', 'desil1_kk'],
      [path, 'desil', 'desil12_kk'],
    ]);
    expect(missing[0]?.severity).toBe('error');
    expect(r.records).toEqual([]);
  });

  it('REGISTER_NOT_RECOGNISED and REGISTER_MISSING: a file of neither register, no persons file', async () => {
    const other = file('kode,nama,idm\n99.01.01.2001,Banyuutomo,0.7\n');
    const r = await computeIndicators([file(KELUARGA), other], DEFINITIONS);
    expect(codes(r)).toEqual(['REGISTER_NOT_RECOGNISED', 'REGISTER_MISSING']);
    expect(r.diagnostics[0]?.message).toMatch(/keluarga needs id_keluarga and kode_desa/);
    expect(r.diagnostics[1]?.message).toMatch(/penduduk, miskin_ekstrem_jiwa, atps_anak/);
  });

  it('REGISTER_FILE_UNREADABLE for a file of another kind or that does not exist', async () => {
    const r = await computeIndicators([file('x', 'pdf'), join(dir, 'tidak-ada.csv')], DEFINITIONS);
    expect(codes(r)).toEqual([
      'REGISTER_FILE_UNREADABLE',
      'REGISTER_FILE_UNREADABLE',
      'REGISTER_MISSING',
      'REGISTER_MISSING',
    ]);
  });

  it('UNKNOWN_VILLAGE_CODE and MALFORMED_HOUSEHOLD_VILLAGE_CODE: left out with their members, counted, rows named', async () => {
    let k = withRow(
      KELUARGA,
      2,
      KELUARGA.split('\n')[2]!.replace('99.01.01.2001', '99.01.09.2001'),
    );
    k = withRow(k, 3, k.split('\n')[3]!.replace('99.01.01.2001', '99.1.1.2001'));
    const known = ['99.01.01.2001', '99.01.01.2002', '99.01.02.1001'].map((code) => ({ code }));
    const r = await computeIndicators([file(k), file(ANGGOTA)], DEFINITIONS, { known });
    const unknown = r.diagnostics.find((d) => d.code === 'UNKNOWN_VILLAGE_CODE')!;
    expect([unknown.value, unknown.count, unknown.rows, unknown.severity]).toEqual([
      '99.01.09.2001',
      1,
      [2],
      'warning',
    ]);
    const malformed = r.diagnostics.find((d) => d.code === 'MALFORMED_HOUSEHOLD_VILLAGE_CODE')!;
    expect([malformed.value, malformed.count, malformed.rows]).toEqual(['99.1.1.2001', 1, [3]]);
    // 2001 keeps K01 and K04: 2 households, 4 + 2 persons.
    const v = r.records.find((x) => x.code === '99.01.01.2001')!.values;
    expect([v.kk_total, v.penduduk]).toEqual([2, 6]);
  });

  it('DUPLICATE_HOUSEHOLD_KEY and DUPLICATE_NIK: only the first row of each counts', async () => {
    const k = `${KELUARGA.trimEnd()}\n${KELUARGA.split('\n')[1]}\n`;
    const a = `${ANGGOTA.trimEnd()}\n${ANGGOTA.split('\n')[2]}\n${ANGGOTA.split('\n')[3]}\n`;
    const r = await computeIndicators([file(k), file(a)], DEFINITIONS);
    const dupK = r.diagnostics.find((d) => d.code === 'DUPLICATE_HOUSEHOLD_KEY')!;
    const dupN = r.diagnostics.find((d) => d.code === 'DUPLICATE_NIK')!;
    expect([dupK.count, dupK.rows]).toEqual([1, [1, 10]]);
    expect([dupN.count, dupN.rows]).toEqual([2, [2, 3, 20, 21]]);
    expect(r.records[0]!.values.kk_total).toBe(4);
    expect(r.records[0]!.values.penduduk).toBe(10);
  });

  it('PERSON_WITHOUT_HOUSEHOLD: persons whose household id matches none are counted nowhere', async () => {
    const a = withRow(ANGGOTA, 5, ANGGOTA.split('\n')[5]!.replace(',K02,', ',K99,'));
    const r = await computeIndicators([file(KELUARGA), file(a)], DEFINITIONS);
    const d = r.diagnostics.find((x) => x.code === 'PERSON_WITHOUT_HOUSEHOLD')!;
    expect([d.count, d.rows, d.severity]).toEqual([1, [5], 'warning']);
    expect(r.records[0]!.values.penduduk).toBe(9);
  });

  it('IMPOSSIBLE_VALUE: desil 11, age 150 and flag "2" count as missing, with the first value shown', async () => {
    let k = withRow(KELUARGA, 1, KELUARGA.split('\n')[1]!.replace(',1,1,0,0', ',11,2,0,0'));
    const a = withRow(ANGGOTA, 1, ANGGOTA.split('\n')[1]!.replace(',45,', ',150,'));
    k = `${k}`;
    const r = await computeIndicators([file(k), file(a)], DEFINITIONS);
    const bad = r.diagnostics.filter((d) => d.code === 'IMPOSSIBLE_VALUE');
    expect(bad.map((d) => [d.column, d.value, d.rows, d.count])).toEqual([
      ['desil', '11', [1], 1],
      ['rtlh', '2', [1], 1],
      ['umur', '150', [1], 1],
    ]);
    const v = r.records[0]!.values;
    expect([v.kk_total, v.desil1_kk, v.rtlh_unit]).toEqual([4, 1, 1]);
  });

  it('a village whose rows all lack a field gets no value (missing, not zero)', async () => {
    const lines = KELUARGA.split('\n').map((l, i) =>
      i >= 5 && i <= 7 ? l.replace(/,(\d+),(\d),(\d),(\d)$/, ',$1,,$3,$4') : l,
    );
    const r = await computeIndicators([file(lines.join('\n')), file(ANGGOTA)], DEFINITIONS);
    expect(r.records[1]!.values.rtlh_unit).toBeNull();
    expect(r.records[0]!.values.rtlh_unit).toBe(2);
  });

  it('EMPTY_REGISTER: a household file with a header only', async () => {
    const r = await computeIndicators(
      [file(`${KELUARGA.split('\n')[0]}\n`), file(ANGGOTA)],
      DEFINITIONS,
    );
    expect(codes(r)).toContain('EMPTY_REGISTER');
    expect(r.records).toEqual([]);
  });

  it('DEFINITION_PERSONAL_FIELD: definitions that ask for a personal column compute nothing', async () => {
    const text = readFileSync(DEFINITIONS, 'utf8').replace(
      'where: { desil: { eq: 1 } }',
      'where: { nik_kepala: { eq: 1 } }',
    );
    const defs = file(text, 'yaml');
    const r = await computeIndicators([file(KELUARGA), file(ANGGOTA)], defs);
    expect(codes(r)).toEqual(['DEFINITION_PERSONAL_FIELD']);
    expect(r.records).toEqual([]);
  });
});
