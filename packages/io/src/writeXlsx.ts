import ExcelJS from 'exceljs';
import { fixZipTimestamps } from './fixZipTimestamps.ts';

/** One worksheet for {@link writeXlsx}. */
export interface XlsxSheet {
  /** Worksheet name: at most 31 characters, none of `[ ] : * ? / \`. */
  readonly name: string;
  /** Column names, in order; they form the header row and pick the values of each row. */
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
}

/** Options of {@link writeXlsx}. */
export interface WriteXlsxOptions {
  /** Key/value pairs written to a last worksheet named `Provenance`. */
  readonly provenance?: Readonly<Record<string, string>>;
  /**
   * Creation and modification date stamped in the workbook and its zip entries; the Unix epoch by
   * default so that the same input always gives the same bytes.
   */
  readonly date?: Date;
}

const BAD_SHEET_NAME = /[[\]:*?/\\]/;

/**
 * Writes worksheets to an Excel workbook (`.xlsx`), with an optional `Provenance` worksheet of
 * key/value rows (input hash, scenario hash, library version, …).
 *
 * Numbers are written as numbers (`NaN`, `±Infinity` and `null` as empty cells), text as text.
 * Text is stored as a string cell, never as a formula, so a name such as `=HYPERLINK(…)` cannot
 * run in Excel. The output is deterministic: the workbook's created/modified dates and every zip
 * entry's timestamp are set to `options.date` (default the Unix epoch; zip entries cannot go
 * below 1980-01-01), so the same input gives byte-identical files.
 *
 * Method: exceljs workbook, then the zip timestamps rewritten. O(cells).
 *
 * @example
 * const bytes = await writeXlsx([{ name: 'lokus', columns: ['kode', 'skor'], rows: [{ kode: '33.21.01.2001', skor: 0.82 }] }], { provenance: { version: '0.1.0' } });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // => true
 */
export async function writeXlsx(
  sheets: readonly XlsxSheet[],
  options: WriteXlsxOptions = {},
): Promise<Uint8Array> {
  if (!Array.isArray(sheets as unknown) || sheets.length === 0) {
    throw new Error('writeXlsx requires a non-empty array of sheets');
  }
  const { provenance, date = new Date(0) } = options;
  const all: XlsxSheet[] = [...sheets];
  if (provenance !== undefined) {
    all.push({
      name: 'Provenance',
      columns: ['key', 'value'],
      rows: Object.entries(provenance).map(([key, value]) => ({ key, value })),
    });
  }
  const names = new Set<string>();
  for (const s of all) {
    if (
      typeof s.name !== 'string' ||
      s.name.length === 0 ||
      s.name.length > 31 ||
      BAD_SHEET_NAME.test(s.name)
    ) {
      throw new Error(
        `writeXlsx requires sheet names of 1 to 31 characters without [ ] : * ? / \\ (got ${JSON.stringify(s.name)})`,
      );
    }
    if (names.has(s.name.toLowerCase())) {
      throw new Error(
        `writeXlsx requires distinct sheet names (${JSON.stringify(s.name)} repeats)`,
      );
    }
    names.add(s.name.toLowerCase());
    if (!Array.isArray(s.columns as unknown) || !Array.isArray(s.rows as unknown)) {
      throw new Error('writeXlsx requires columns and rows arrays in every sheet');
    }
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'lokus';
  workbook.lastModifiedBy = 'lokus';
  workbook.created = date;
  workbook.modified = date;
  for (const s of all) {
    const worksheet = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...s.columns]).font = { bold: true };
    for (const row of s.rows) {
      worksheet.addRow(
        s.columns.map((c) => {
          const v = row[c];
          if (typeof v === 'number') return Number.isFinite(v) ? v : null;
          return v === undefined ? null : v;
        }),
      );
    }
  }
  const written: unknown = await workbook.xlsx.writeBuffer();
  const bytes =
    written instanceof ArrayBuffer
      ? new Uint8Array(written.slice(0))
      : new Uint8Array(written as Uint8Array);
  return fixZipTimestamps(bytes, date);
}
