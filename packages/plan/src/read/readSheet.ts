import { decodeText, sniffDelimiter } from '@lokus/io';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { planDiagnostic } from '../messages/planDiagnostic.ts';
import type { PlanDiagnostic } from '../types.ts';

/** One cell as read: text, a number (XLSX), or `null` when empty. */
export type SheetCell = string | number | null;

/** A table of cells: the header, then data rows with their physical line numbers. */
export interface Sheet {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
  /** Physical line (CSV) or spreadsheet row (XLSX) of each data row. */
  readonly lines: readonly number[];
  readonly diagnostics: readonly PlanDiagnostic[];
}

/** Options of {@link readSheet}. */
export interface ReadSheetOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /** Worksheet name or 1-based number of an XLSX file (default the first). */
  readonly sheet?: string | number;
  /** CSV text encoding (default: UTF-8, else windows-1252, as `decodeText` of `@lokus/io`). */
  readonly encoding?: string;
  /** CSV delimiter (default sniffed by `sniffDelimiter` of `@lokus/io`). */
  readonly delimiter?: string;
}

const isZip = (b: Uint8Array): boolean => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b;

/**
 * Reads a CSV or XLSX file (told apart by its first bytes) into a header and rows of cells,
 * without guessing types: the plan and agency readers decide per column. CSV: decoded and its
 * delimiter sniffed by `@lokus/io`, fields parsed by Papa Parse; XLSX: the worksheet read by
 * ExcelJS (formula cells give their saved result). Rows with no content are skipped; nothing else.
 * O(size of the file).
 *
 * @example
 * const s = await readSheet('OPD;Program\nDinsos;PKH\n', { file: 'rat.csv' });
 * s.header; // => ['OPD', 'Program']
 * s.rows; // => [['Dinsos', 'PKH']]
 */
export async function readSheet(
  input: string | Uint8Array,
  options: ReadSheetOptions = {},
): Promise<Sheet> {
  const file = options.file ?? 'input';
  if (typeof input !== 'string' && isZip(input)) return readXlsxSheet(input, file, options.sheet);
  const { text } = decodeText(input, {
    file,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
  });
  const parsed = Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? sniffDelimiter(text),
    skipEmptyLines: false,
  });
  const all: SheetCell[][] = parsed.data.map((r) => r.map((c) => (c.trim() === '' ? null : c)));
  return fromRows(file, all, (i) => i + 1);
}

async function readXlsxSheet(
  bytes: Uint8Array,
  file: string,
  sheet: string | number | undefined,
): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (e) {
    return failed(file, e instanceof Error ? e.message : String(e));
  }
  const ws =
    sheet === undefined
      ? workbook.worksheets[0]
      : typeof sheet === 'number'
        ? workbook.worksheets[sheet - 1]
        : workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (ws === undefined) return failed(file, `no worksheet ${String(sheet ?? 1)}`);
  const all: SheetCell[][] = [];
  const lines: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = row.values as readonly unknown[];
    const cells: SheetCell[] = [];
    for (let j = 1; j < values.length; j++) cells.push(xlsxCell(values[j]));
    all.push(cells);
    lines.push(n);
  });
  return fromRows(file, all, (i) => lines[i] ?? i + 1);
}

function xlsxCell(v: unknown): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if ('result' in o) return xlsxCell(o.result);
    if (Array.isArray(o.richText)) return xlsxCell(o.richText.map((t) => t.text).join(''));
    if (typeof o.text === 'string') return xlsxCell(o.text);
  }
  return String(v);
}

function fromRows(file: string, all: SheetCell[][], lineOf: (i: number) => number): Sheet {
  const filled = (r: readonly SheetCell[]): boolean => r.some((c) => c !== null);
  const first = all.findIndex(filled);
  if (first < 0)
    return { ...failed(file, ''), diagnostics: [planDiagnostic('PLAN_EMPTY_FILE', { file })] };
  const header = all[first]!.map((c, j) => (c === null ? `kolom_${j + 1}` : String(c).trim()));
  const rows: SheetCell[][] = [];
  const lines: number[] = [];
  for (let i = first + 1; i < all.length; i++) {
    if (!filled(all[i]!)) continue;
    rows.push(all[i]!);
    lines.push(lineOf(i));
  }
  const diagnostics = rows.length === 0 ? [planDiagnostic('PLAN_EMPTY_FILE', { file })] : [];
  return { file, header, rows, lines, diagnostics };
}

function failed(file: string, detail: string): Sheet {
  return {
    file,
    header: [],
    rows: [],
    lines: [],
    diagnostics: [planDiagnostic('PLAN_UNREADABLE', { file, detail })],
  };
}
