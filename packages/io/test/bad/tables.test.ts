import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_CSV_ROWS, readCsv } from '../../src/readCsv.ts';
import { readXlsx } from '../../src/readXlsx.ts';

// Bad village tables, built here: each case pins the diagnostics and the values read.

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('data'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('bad village tables', () => {
  it('readCsv reports ragged rows (9 and 12 fields for 10 headers) and reads their numbers as missing', () => {
    const header = 'kode,nama,a,b,c,d,e,f,g,h';
    const good = '3321012001,Banyumeneng,1,2,3,4,5,6,7,8';
    const short = '3321012002,Batursari,1,2,3,4,5,6,7';
    const long = '3321012003,"Kebon, Batur",1,2,3,4,5,6,7,8,9,10';
    const r = readCsv([header, good, short, long, ''].join('\n'), { file: 'ragged.csv' });
    expect(codes(r)).toEqual(['CSV_RAGGED_ROW', 'CSV_RAGGED_ROW']);
    expect(r.diagnostics.map((d) => [d.row, d.line, d.village])).toEqual([
      [2, 3, '33.21.01.2002'],
      [3, 4, '33.21.01.2003'],
    ]);
    expect(r.diagnostics[0]?.message).toMatch(/9 fields where the header has 10/);
    expect(r.diagnostics[1]?.message).toMatch(/12 fields where the header has 10/);
    // No column_11 / column_12 invented from the long row.
    expect(r.columns).toHaveLength(10);
    expect(r.records).toHaveLength(3);
    expect(r.records[0]?.values.h).toBe(8);
    expect(Object.values(r.records[1]!.values).every(Number.isNaN)).toBe(true);
    expect(Object.values(r.records[2]!.values).every(Number.isNaN)).toBe(true);
  });

  it('readCsv accepts a trailing delimiter on every row without a ragged-row report', () => {
    const r = readCsv('kode;idm;\n3321012001;0,5;\n3321012002;0,6;\n');
    expect(codes(r)).toEqual([]);
    expect(r.records.map((x) => x.values.idm)).toEqual([0.5, 0.6]);
  });

  it('readCsv notes control characters stripped from names', () => {
    const r = readCsv('kode,nama\n3321012001,"\tBanyumeneng"\n3321012002,"Batursari\r"\n', {
      file: 'x.csv',
    });
    expect(codes(r)).toEqual(['CONTROL_CHARACTERS_STRIPPED', 'CONTROL_CHARACTERS_STRIPPED']);
    expect(r.diagnostics[0]).toMatchObject({ row: 1, column: 'nama', value: '\tBanyumeneng' });
    expect(r.records.map((x) => x.name)).toEqual(['Banyumeneng', 'Batursari']);
  });

  it('readCsv notes header case and space variants it normalised', () => {
    const r = readCsv(' Kode Desa ,NAMA,idm\n3321012001,Banyumeneng,0.5\n');
    expect(codes(r)).toEqual(['HEADER_NORMALISED']);
    expect(r.diagnostics[0]?.severity).toBe('info');
    expect(r.codeColumn).toBe('Kode Desa');
    expect(r.diagnostics[0]?.value).toEqual([
      { header: ' Kode Desa ', column: 'Kode Desa' },
      { header: 'Kode Desa', column: 'kode_desa' },
      { header: 'NAMA', column: 'nama' },
    ]);
  });

  it('readCsv reads thousands dots in one column of a decimal-comma file, with a note', () => {
    const text = 'kode;pend;idm\n3321012001;1.254;0,65\n3321012002;2.500;0,71\n';
    const r = readCsv(text);
    expect(codes(r)).toEqual(['AMBIGUOUS_NUMBER_RESOLVED']);
    expect(r.records.map((x) => x.values.pend)).toEqual([1254, 2500]);
    expect(r.records.map((x) => x.values.idm)).toEqual([0.65, 0.71]);
  });

  it('readCsv without other evidence asks for the format, and the thousands option decides it', () => {
    const text = 'kode;pend\n3321012001;1.254\n3321012002;2.500\n';
    const r = readCsv(text);
    expect(codes(r)).toEqual(['AMBIGUOUS_NUMBER_FORMAT']);
    expect(r.diagnostics[0]?.message).toMatch(/decimal ',' with thousands '\.'/);
    expect(readCsv(text, { thousands: '.' }).records.map((x) => x.values.pend)).toEqual([
      1254, 2500,
    ]);
    expect(readCsv(text, { thousands: ',' }).records.map((x) => x.values.pend)).toEqual([
      1.254, 2.5,
    ]);
  });

  it('readXlsx reads numbers stored as text with a decimal comma among typed numbers', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['kode', 'idm']);
      ws.addRow(['3321012001', '0,6556']);
      ws.addRow(['3321012002', 0.7]);
      ws.addRow(['3321012003', '0.71']);
    });
    const r = await readXlsx(bytes);
    expect(codes(r)).toEqual(['NUMBER_AS_TEXT']);
    expect(r.diagnostics[0]).toMatchObject({ column: 'idm', value: 2 });
    expect(r.records.map((x) => x.values.idm)).toEqual([0.6556, 0.7, 0.71]);
  });

  it('readXlsx reports a formula cell saved without its value', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['kode', 'idm', 'dua']);
      ws.addRow(['3321012001', 0.5, { formula: 'B2*2' }]);
      ws.addRow(['3321012002', 0.6, { formula: 'B3*2', result: 1.2 }]);
    });
    const r = await readXlsx(bytes, { file: 'f.xlsx' });
    expect(codes(r)).toEqual(['XLSX_FORMULA_NO_VALUE']);
    expect(r.diagnostics[0]).toMatchObject({ file: 'f.xlsx', line: 2, column: 'C', value: 'C2' });
    expect(r.records.map((x) => x.values.dua)).toEqual([Number.NaN, 1.2]);
  });

  it('readCsv refuses a file above MAX_CSV_ROWS lines before parsing it', () => {
    const text = `kode\n${'3321012001\n'.repeat(MAX_CSV_ROWS + 1)}`;
    const r = readCsv(text, { file: 'huge.csv' });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_ROWS', severity: 'error', file: 'huge.csv' }),
    ]);
    expect(r.records).toEqual([]);
  });
});
