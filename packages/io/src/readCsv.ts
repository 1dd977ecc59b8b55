import Papa from 'papaparse';
import { decodeText } from './decodeText.ts';
import { columnOptions, recordsFromRows } from './recordsFromRows.ts';
import { sniffDelimiter } from './sniffDelimiter.ts';
import type { BinaryInput, DecimalSeparator, IoDiagnostic, ReadTableResult } from './types.ts';

/** Most data lines read; a longer file is refused before parsing (`TOO_MANY_ROWS`). */
export const MAX_CSV_ROWS = 2_000_000;

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /** Field delimiter; sniffed from the header line (comma, semicolon, tab, pipe) when absent. */
  readonly delimiter?: string;
  /** WHATWG encoding label for byte input; sniffed (UTF-8, else windows-1252) when absent. */
  readonly encoding?: string;
  /** Column of village codes; found by its usual names or values when absent. */
  readonly codeColumn?: string;
  /** Column of village names. */
  readonly nameColumn?: string;
  /** Column of kecamatan names. */
  readonly kecamatanNameColumn?: string;
  /** Decimal separator of every numeric column; detected per column when absent. */
  readonly decimal?: DecimalSeparator;
  /** Thousands separator (`.` implies decimal `,`, and `,` implies `.`); an alternative to `decimal`. */
  readonly thousands?: DecimalSeparator;
  /**
   * Give the rows by column (`columnar`, `records` empty) instead of one record per row: the
   * same values and diagnostics with far less memory for a large file. Default false.
   */
  readonly columnar?: boolean;
}

/** Result of {@link readCsv}: the table, plus the delimiter and encoding that were used. */
export interface ReadCsvResult extends ReadTableResult {
  readonly delimiter: string;
  readonly encoding: string;
}

/**
 * Reads a CSV file of villages into records ready for `createTable` of `@lokus/core`.
 *
 * The text is decoded with {@link decodeText} (byte-order mark removed; UTF-8, else
 * windows-1252 with `ENCODING_FALLBACK`), the delimiter sniffed with {@link sniffDelimiter},
 * and the fields parsed by Papa Parse (RFC 4180 quoting; `CSV_PARSE_ERROR` for broken quotes).
 * Header, code column, numeric columns and Indonesian number formats (`8,95`, `1.254.204`,
 * `1.254,5`, `12,5%` read as 12.5) are handled by {@link recordsFromRows}; diagnostics carry the
 * data row and the physical line. A row with more or fewer fields than the header is reported
 * (`CSV_RAGGED_ROW`) and its numbers read as missing instead of shifting into other columns.
 * A file of more than {@link MAX_CSV_ROWS} lines is refused before parsing (`TOO_MANY_ROWS`).
 *
 * Method: Papa Parse (papaparse.com), then one pass over the rows. O(size of the file).
 *
 * @example
 * const { records, diagnostics } = readCsv('kode;nama;idm\n3321012001;Banyumeneng;0,6529\n', {
 *   file: 'idm.csv',
 * });
 * records[0]?.values.idm; // => 0.6529
 * diagnostics.length; // => 0
 */
export function readCsv(input: BinaryInput, options: ReadCsvOptions = {}): ReadCsvResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const decoded = decodeText(input, {
    ...where,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
  });
  const diagnostics: IoDiagnostic[] = [...decoded.diagnostics];
  const text = decoded.text;
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  if (text.trim() === '') {
    return {
      ...recordsFromRows([], where),
      diagnostics: [
        ...diagnostics,
        { code: 'EMPTY_FILE', severity: 'error', message: 'The file is empty.', ...where },
      ],
      delimiter,
      encoding: decoded.encoding,
    };
  }
  let lineCount = 0;
  for (
    let k = text.indexOf('\n');
    k >= 0 && lineCount <= MAX_CSV_ROWS;
    k = text.indexOf('\n', k + 1)
  ) {
    lineCount++;
  }
  if (lineCount > MAX_CSV_ROWS) {
    return {
      ...recordsFromRows([], where),
      diagnostics: [
        ...diagnostics,
        {
          code: 'TOO_MANY_ROWS',
          severity: 'error',
          message: `The file has more than ${MAX_CSV_ROWS} lines; a district has at most a few thousand villages. Check that this is the right file.`,
          ...where,
          value: MAX_CSV_ROWS,
        },
      ],
      delimiter,
      encoding: decoded.encoding,
    };
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const rows = parsed.data;
  // Physical line of each row: quoted fields may span lines.
  const newline = parsed.meta.linebreak.includes('\n') ? '\n' : '\r';
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1;
    for (const c of row)
      for (let k = c.indexOf(newline); k >= 0; k = c.indexOf(newline, k + 1)) line++;
  }
  for (const e of parsed.errors) {
    const at = e.row === undefined ? undefined : lines[e.row];
    diagnostics.push({
      code: 'CSV_PARSE_ERROR',
      severity: 'error',
      message: `${e.message}${at === undefined ? '' : ` (line ${at})`}.`,
      ...where,
      ...(at === undefined ? {} : { line: at }),
      value: e.code,
    });
  }
  const table = recordsFromRows(rows, {
    ...where,
    lines,
    raggedRows: true,
    ...columnOptions(options),
    ...(options.columnar === true ? { columnar: true } : {}),
  });
  return {
    ...table,
    diagnostics: [...diagnostics, ...table.diagnostics],
    delimiter,
    encoding: decoded.encoding,
  };
}
