import { summariseDiagnostics } from '@lokus/geo';
import ExcelJS from 'exceljs';
import { columnOptions, recordsFromRows } from './recordsFromRows.ts';
import { toBytes } from './textDecoder.ts';
import type { Cell, DecimalSeparator, IoDiagnostic, ReadTableResult } from './types.ts';

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /** Worksheet name, or its 1-based position; the first worksheet when absent. */
  readonly sheet?: string | number;
  /** Column of village codes; found by its usual names or values when absent. */
  readonly codeColumn?: string;
  /** Column of village names. */
  readonly nameColumn?: string;
  /** Column of kecamatan names. */
  readonly kecamatanNameColumn?: string;
  /** Decimal separator of numbers typed as text; detected per column when absent. */
  readonly decimal?: DecimalSeparator;
  /** Thousands separator of numbers typed as text (`.` implies decimal `,`). */
  readonly thousands?: DecimalSeparator;
}

/** Result of {@link readXlsx}: the table, plus the worksheet read (`null` when none was). */
export interface ReadXlsxResult extends ReadTableResult {
  readonly sheet: string | null;
  /** Names of every worksheet in the workbook. */
  readonly sheets: readonly string[];
}

/**
 * Reads one worksheet of an Excel workbook (`.xlsx`) of villages into records ready for
 * `createTable` of `@lokus/core`.
 *
 * Cells keep their type: numbers stay numbers, formulas give their cached result (a formula
 * saved without one is `XLSX_FORMULA_NO_VALUE`, read as missing), rich text and
 * hyperlinks their text, dates an ISO date (`2024-06-30`), errors their code (`#N/A`, read as
 * missing). Numbers typed as text (`8,95`, `'0,6556'` among typed numbers, `1.254.204`) are read
 * as numbers with a `NUMBER_AS_TEXT` note, and the header row below title rows is found, by
 * {@link recordsFromRows}; `line` in diagnostics is the spreadsheet row.
 * Problems: `EMPTY_FILE`, `XLSX_UNREADABLE` (not an xlsx file), `SHEET_NOT_FOUND`.
 *
 * Method: exceljs (its browser build is chosen by bundlers through the package's `browser`
 * field), then one pass over the rows. O(cells).
 *
 * @example
 * const bytes = await writeXlsx([{ name: 'idm', columns: ['kode', 'idm'], rows: [{ kode: '3321012001', idm: 0.65 }] }]);
 * (await readXlsx(bytes)).records[0]?.values.idm; // => 0.65
 */
export async function readXlsx(
  input: Uint8Array | ArrayBuffer,
  options: ReadXlsxOptions = {},
): Promise<ReadXlsxResult> {
  if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new Error('readXlsx requires a Uint8Array or an ArrayBuffer');
  }
  const where = options.file === undefined ? {} : { file: options.file };
  const fail = (d: IoDiagnostic, sheets: readonly string[] = []): ReadXlsxResult => ({
    ...recordsFromRows([], where),
    diagnostics: [d],
    sheet: null,
    sheets,
  });
  const bytes = toBytes(input);
  if (bytes.byteLength === 0) {
    return fail({ code: 'EMPTY_FILE', severity: 'error', message: 'The file is empty.', ...where });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (e) {
    return fail({
      code: 'XLSX_UNREADABLE',
      severity: 'error',
      message: `The file is not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)}).`,
      ...where,
    });
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const { sheet } = options;
  const worksheet =
    sheet === undefined
      ? workbook.worksheets[0]
      : typeof sheet === 'number'
        ? workbook.worksheets[sheet - 1]
        : (workbook.worksheets.find((w) => w.name === sheet) ??
          workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase()));
  if (worksheet === undefined) {
    if (sheet === undefined) {
      return fail(
        {
          code: 'EMPTY_FILE',
          severity: 'error',
          message: 'The workbook has no worksheet.',
          ...where,
        },
        sheets,
      );
    }
    return fail(
      {
        code: 'SHEET_NOT_FOUND',
        severity: 'error',
        message: `The workbook has no worksheet ${typeof sheet === 'number' ? `number ${sheet}` : JSON.stringify(sheet)}; it has ${sheets.map((s) => JSON.stringify(s)).join(', ')}.`,
        ...where,
        value: sheets,
      },
      sheets,
    );
  }
  const rows: Cell[][] = [];
  const lines: number[] = [];
  const noValue: IoDiagnostic[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as readonly unknown[];
    const cells: Cell[] = [];
    for (let j = 1; j < values.length; j++) {
      const v = values[j];
      if (isFormula(v) && (v.result === undefined || v.result === null)) {
        const address = `${columnLetters(j)}${rowNumber}`;
        noValue.push({
          code: 'XLSX_FORMULA_NO_VALUE',
          severity: 'warning',
          message: `Cell ${address} holds a formula (=${v.formula ?? v.sharedFormula ?? '…'}) saved without its result; it was read as missing. Open the file in a spreadsheet program, let it calculate, and save it again.`,
          ...where,
          line: rowNumber,
          column: columnLetters(j),
          value: address,
        });
      }
      cells.push(toCell(v));
    }
    rows.push(cells);
    lines.push(rowNumber);
  });
  const table = recordsFromRows(rows, {
    ...where,
    lines,
    textNumbers: true,
    ...columnOptions(options),
  });
  return {
    ...table,
    diagnostics: [...summariseDiagnostics(noValue, { maxPerCode: 20 }), ...table.diagnostics],
    sheet: worksheet.name,
    sheets,
  };
}

/** An exceljs formula cell value. */
const isFormula = (
  v: unknown,
): v is { formula?: string; sharedFormula?: string; result?: unknown } =>
  typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** Spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA. */
function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  }
  return s;
}

/** An exceljs cell value as text, number or `null`. */
function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return o.richText.map((t: unknown) => String((t as { text?: unknown }).text ?? '')).join('');
    }
    if ('formula' in o || 'sharedFormula' in o) return toCell(o.result);
    if (typeof o.error === 'string') return o.error;
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}
