import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../src/readXlsx.ts';

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);

/** A workbook built with exceljs, cell by cell, as a district office might save it. */
async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('readXlsx skips title rows, reads number and text cells, and gives spreadsheet rows as lines', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['REKAP DATA KEMISKINAN DESA']);
      ws.addRow([]);
      ws.addRow(['No', 'Kode Wilayah', 'Nama Desa', 'Jumlah KK', 'Persen']);
      ws.addRow([1, 3321012001, 'Banyumeneng', 1254, '12,5%']);
      ws.addRow([2, '33.21.01.2002', 'Batursari', '1.254.204', '8,95']);
      ws.addRow([3, '33.21.01.2003', 'Kebonbatur', 'tidak ada', { formula: '1+1', result: 2 }]);
    });
    const r = await readXlsx(bytes, { file: 'rekap.xlsx' });
    // Notes: headers read ignoring case and spaces, and numbers stored as text.
    expect(codes(r)).toEqual([
      'HEADER_ROWS_SKIPPED',
      'HEADER_NORMALISED',
      'NUMBER_AS_TEXT',
      'NUMBER_AS_TEXT',
      'NON_NUMERIC_VALUE',
    ]);
    expect(r.diagnostics[4]).toMatchObject({
      row: 3,
      line: 6,
      column: 'Jumlah KK',
      value: 'tidak ada',
    });
    expect(r.codeColumn).toBe('Kode Wilayah');
    expect(r.records.map((x) => x.code)).toEqual([
      '33.21.01.2001',
      '33.21.01.2002',
      '33.21.01.2003',
    ]);
    expect(r.records.map((x) => x.values['Jumlah KK'])).toEqual([1254, 1254204, Number.NaN]);
    expect(r.records.map((x) => x.values.Persen)).toEqual([12.5, 8.95, 2]);
  });

  it('readXlsx picks a sheet by name or 1-based position and reports SHEET_NOT_FOUND', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Catatan').addRow(['catatan saja']);
      const ws = wb.addWorksheet('IDM');
      ws.addRow(['kode', 'idm']);
      ws.addRow(['3321012001', 0.65]);
    });
    expect((await readXlsx(bytes, { sheet: 'idm' })).records).toHaveLength(1);
    expect((await readXlsx(bytes, { sheet: 2 })).sheet).toBe('IDM');
    const missing = await readXlsx(bytes, { sheet: 3 });
    expect(codes(missing)).toEqual(['SHEET_NOT_FOUND']);
    expect(missing.diagnostics[0]?.value).toEqual(['Catatan', 'IDM']);
  });

  it('readXlsx reports EMPTY_FILE and XLSX_UNREADABLE without throwing', async () => {
    expect(codes(await readXlsx(new Uint8Array(0)))).toEqual(['EMPTY_FILE']);
    expect(codes(await readXlsx(new TextEncoder().encode('kode,idm\n')))).toEqual([
      'XLSX_UNREADABLE',
    ]);
  });
});
