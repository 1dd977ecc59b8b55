import ExcelJS from 'exceljs';
import { sqlName } from '../sql/sqlName.ts';
import type { DuckDbRunner } from './duckdbRunner.ts';

/** The text of one cell as a register value: numbers without exponent, dates as ISO days. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    return null;
  }
  return String(value);
}

/**
 * Loads the first worksheet of an XLSX register into a DuckDB table of text columns (row 1 is
 * the header), row by row through DuckDB's appender, so the sheet goes through the same checks
 * as a CSV file. DuckDB's own spreadsheet reader is an extension downloaded on demand, which an
 * offline machine does not have; exceljs is already used by `@lokus/io`.
 *
 * Method: exceljs `xlsx.load`, then one appender pass. O(cells).
 *
 * @example
 * const ExcelJS = process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/packages/registers/`)('exceljs');
 * const workbook = new ExcelJS.Workbook();
 * workbook.addWorksheet('keluarga').addRows([
 *   ['id_keluarga', 'kode_desa', 'desil'],
 *   ['K01', '99.01.01.2001', 1],
 *   ['K02', '9901012001', 2],
 *   ['K03', '99.01.01.2002', null],
 * ]);
 * const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
 * const runner = await duckdbRunner({ threads: 1 });
 * await loadXlsx(runner, bytes, 'x_keluarga'); // => 3
 * await runner.query('SELECT * FROM x_keluarga');
 * // => [{ id_keluarga: 'K01', kode_desa: '99.01.01.2001', desil: '1' }, { id_keluarga: 'K02', kode_desa: '9901012001', desil: '2' }, { id_keluarga: 'K03', kode_desa: '99.01.01.2002', desil: null }]
 * runner.close();
 */
export async function loadXlsx(
  runner: DuckDbRunner,
  bytes: Uint8Array,
  table: string,
): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('the workbook has no worksheet');
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[])
    .slice(1)
    .map((v, i) => cellText(v) ?? `column${i + 1}`);
  const columns = header.map((h) => `${sqlName(h)} VARCHAR`).join(', ');
  await runner.query(`CREATE OR REPLACE TABLE ${sqlName(table)} (${columns})`);
  const appender = await runner.connection.createAppender(table);
  let rows = 0;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    for (let c = 1; c <= header.length; c++) {
      const text = cellText(row.getCell(c).value);
      if (text === null) appender.appendNull();
      else appender.appendVarchar(text);
    }
    appender.endRow();
    rows++;
  }
  appender.closeSync();
  return rows;
}
