import Papa from 'papaparse';
import type { DecimalSeparator } from './types.ts';

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /** Column names, in order; they form the header line and pick the values of each row. */
  readonly columns: readonly string[];
  /** Field delimiter; `;` when `decimal` is `,` (as Indonesian Excel expects), else `,`. */
  readonly delimiter?: string;
  /** Decimal separator of numbers. Default `.`. */
  readonly decimal?: DecimalSeparator;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes rows to CSV text: a header line, then one line per row, fields quoted where needed
 * (RFC 4180), lines ending in CRLF.
 *
 * Numbers are written in full precision with the chosen decimal separator; `null`, a missing key,
 * `NaN` and `±Infinity` as empty fields. Formula injection guard (OWASP "CSV Injection"): a text
 * field that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` so that
 * Excel and LibreOffice show it as text instead of running it; numbers are never prefixed.
 * Deterministic: the same rows give the same text.
 *
 * Method: Papa Parse `unparse`. O(rows × columns).
 *
 * @example
 * writeCsv([{ kode: '33.21.01.2001', idm: 0.6529, nama: '=1+1' }], { columns: ['kode', 'idm', 'nama'], decimal: ',' });
 * // => "kode;idm;nama\r\n33.21.01.2001;0,6529;'=1+1"
 */
export function writeCsv(
  rows: readonly Readonly<Record<string, string | number | null>>[],
  options: WriteCsvOptions,
): string {
  if (!Array.isArray(rows as unknown)) throw new Error('writeCsv requires an array of rows');
  if (options === undefined || !Array.isArray(options.columns as unknown)) {
    throw new Error('writeCsv requires options.columns');
  }
  const { columns, decimal = '.', delimiter = decimal === ',' ? ';' : ',' } = options;
  if (decimal !== '.' && decimal !== ',') throw new Error("writeCsv requires decimal '.' or ','");
  if (delimiter === decimal) {
    throw new Error('writeCsv requires a delimiter different from the decimal separator');
  }
  const text = (v: string | number | null | undefined): string => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return '';
      return decimal === ',' ? String(v).replace('.', ',') : String(v);
    }
    if (v === null || v === undefined) return '';
    const s = String(v);
    return FORMULA_START.test(s) ? `'${s}` : s;
  };
  return Papa.unparse(
    {
      fields: columns.map((c) => text(c)),
      data: rows.map((row) => columns.map((c) => text(row[c]))),
    },
    { delimiter, newline: '\r\n', header: true, quotes: false, escapeFormulae: false },
  );
}
