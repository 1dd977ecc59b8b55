import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/readCsv.ts';

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);

describe('readCsv', () => {
  it('readCsv finds the code, name and kecamatan columns by their usual names', () => {
    const r = readCsv('Kode Desa,Nama_Kec,NAMA,idm\n3321012001,Mranggen,Banyumeneng,0.65\n');
    expect([r.codeColumn, r.kecamatanNameColumn, r.nameColumn]).toEqual([
      'Kode Desa',
      'Nama_Kec',
      'NAMA',
    ]);
    expect(r.records[0]).toEqual({
      code: '33.21.01.2001',
      name: 'Banyumeneng',
      kecamatanName: 'Mranggen',
      values: { idm: 0.65 },
    });
  });

  it('readCsv skips title rows above the header with HEADER_ROWS_SKIPPED', () => {
    const r = readCsv('Data IDM 2024\nKabupaten Demak\n\nkode,idm\n3321012001,0.65\n');
    expect(codes(r)).toEqual(['HEADER_ROWS_SKIPPED']);
    expect(r.diagnostics[0]).toMatchObject({
      line: 4,
      value: ['Data IDM 2024', 'Kabupaten Demak'],
    });
    expect(r.records.map((x) => x.code)).toEqual(['33.21.01.2001']);
  });

  it('readCsv reads a file without header with HEADER_MISSING', () => {
    const r = readCsv('3321012001,0.65\n3321012002,0.7\n');
    expect(codes(r)).toEqual(['HEADER_MISSING']);
    expect(r.columns).toEqual(['column_1', 'column_2']);
    expect(r.records.map((x) => x.values.column_2)).toEqual([0.65, 0.7]);
  });

  it('readCsv finds a code column by its values when its name is unusual', () => {
    const r = readCsv('id,skor\n3321012001,1\n3321012002,2\n');
    expect(r.codeColumn).toBe('id');
    expect(codes(r)).toEqual([]);
  });

  it('readCsv reports CODE_COLUMN_NOT_FOUND and COLUMN_NOT_FOUND', () => {
    expect(codes(readCsv('nama,skor\nA,1\n'))).toEqual(['CODE_COLUMN_NOT_FOUND']);
    expect(codes(readCsv('kode,skor\n3321012001,1\n', { codeColumn: 'id_desa' }))).toEqual([
      'COLUMN_NOT_FOUND',
    ]);
  });

  it('readCsv reports malformed and missing codes with their lines and keeps the rows', () => {
    const r = readCsv('kode,skor\n3.32101E+09,1\n,2\n3321013001,3\n', { file: 'x.csv' });
    expect(codes(r)).toEqual([
      'MALFORMED_VILLAGE_CODE',
      'MISSING_VILLAGE_CODE',
      'MALFORMED_VILLAGE_CODE',
    ]);
    expect(r.diagnostics.map((d) => d.line)).toEqual([2, 3, 4]);
    expect(r.diagnostics[0]?.message).toMatch(/scientific notation/);
    expect(r.records.map((x) => x.code)).toEqual(['3.32101E+09', '', '3321013001']);
  });

  it('readCsv counts lines through quoted fields that span lines', () => {
    const r = readCsv('kode,nama,skor\n3321012001,"Banyu\nmeneng",1\n3321012002,B,x\n');
    expect(r.records[0]?.name).toBe('Banyu\nmeneng');
    expect(r.diagnostics).toMatchObject([{ code: 'NON_NUMERIC_VALUE', row: 2, line: 4 }]);
  });

  it('readCsv reports an unclosed quote as CSV_PARSE_ERROR', () => {
    expect(codes(readCsv('kode,nama\n3321012001,"Banyu\n'))).toContain('CSV_PARSE_ERROR');
  });

  it('readCsv renames a repeated column with DUPLICATE_COLUMN', () => {
    const r = readCsv('kode,skor,skor\n3321012001,1,2\n');
    expect(codes(r)).toEqual(['DUPLICATE_COLUMN']);
    expect(r.records[0]?.values).toEqual({ skor: 1, skor_2: 2 });
  });

  it('readCsv reads missing markers as NaN without a diagnostic', () => {
    const r = readCsv('kode,skor\n3321012001,-\n3321012002,NA\n3321012003,\n3321012004,5\n');
    expect(codes(r)).toEqual([]);
    expect(r.records.map((x) => x.values.skor)).toEqual([Number.NaN, Number.NaN, Number.NaN, 5]);
  });

  it('readCsv reports a decimal point in a decimal-comma column as NON_NUMERIC_VALUE', () => {
    const r = readCsv('kode;skor\n3321012001;8,95\n3321012002;7,5\n3321012003;6.25\n');
    expect(codes(r)).toEqual(['NON_NUMERIC_VALUE']);
    expect(r.diagnostics[0]?.message).toMatch(/decimal point/);
    expect(r.decimal).toEqual({ skor: ',' });
  });

  it('readCsv honours delimiter, encoding and column options', () => {
    const r = readCsv('kode|desa|skor\n3321012001|A|1\n', { delimiter: '|', nameColumn: 'desa' });
    expect(r.records[0]?.name).toBe('A');
    const bytes = new Uint8Array([0x6b, 0x6f, 0x64, 0x65, 0x0a, 0xe9]);
    expect(readCsv(bytes, { encoding: 'utf-8' }).encoding).toBe('utf-8');
  });
});
