import { summariseDiagnostics } from '@lokus/geo';
import { isEmptyRow, type Sheet } from './recordsFromRowsCells.ts';
import { locateColumns, nameColumns } from './recordsFromRowsColumns.ts';
import { findHeaderRow } from './recordsFromRowsHeader.ts';
import { numberFormats } from './recordsFromRowsNumbers.ts';
import { buildRecords } from './recordsFromRowsRecords.ts';
import type { Cell, DecimalSeparator, IoDiagnostic, ReadTableResult } from './types.ts';

/** Options of {@link recordsFromRows}. */
export interface RecordsFromRowsOptions {
  /** File name written into every diagnostic. */
  readonly file?: string;
  /** Physical line (CSV) or spreadsheet row (XLSX) of each input row; default `index + 1`. */
  readonly lines?: readonly number[];
  /** Column of village codes; found by its usual names or by its values when absent. */
  readonly codeColumn?: string;
  /** Column of village names; found by its usual names (`nama`, `nama_desa`, …) when absent. */
  readonly nameColumn?: string;
  /** Column of kecamatan names; found by its usual names (`nama_kec`, `kecamatan`, …). */
  readonly kecamatanNameColumn?: string;
  /** Decimal separator of every numeric column; detected per column when absent. */
  readonly decimal?: DecimalSeparator;
  /** Thousands separator of every numeric column (`.` means decimal `,` and the reverse). */
  readonly thousands?: DecimalSeparator;
  /**
   * Check that every data row has the header's number of fields (CSV); a ragged row is reported
   * with `CSV_RAGGED_ROW` and its numbers read as missing. Default `false` (spreadsheet rows
   * simply end at their last filled cell).
   */
  readonly raggedRows?: boolean;
  /**
   * Read a text cell that is a number only in the other decimal convention (`'0,6556'` in a
   * column of typed numbers) as that number, with `NUMBER_AS_TEXT` (spreadsheets, where typed
   * numbers carry no convention). Default `false`: such a cell is `NON_NUMERIC_VALUE`.
   */
  readonly textNumbers?: boolean;
  /**
   * Give the rows by column (`columnar`) instead of one record per row (`records` empty):
   * the same values and diagnostics, without 84,000 objects for a national file. Default false.
   */
  readonly columnar?: boolean;
}

/** The column options a reader passes on: only those the caller set (exact optional properties). */
export function columnOptions(
  options: Pick<
    RecordsFromRowsOptions,
    'codeColumn' | 'nameColumn' | 'kecamatanNameColumn' | 'decimal' | 'thousands'
  >,
): Pick<
  RecordsFromRowsOptions,
  'codeColumn' | 'nameColumn' | 'kecamatanNameColumn' | 'decimal' | 'thousands'
> {
  const out: {
    codeColumn?: string;
    nameColumn?: string;
    kecamatanNameColumn?: string;
    decimal?: DecimalSeparator;
    thousands?: DecimalSeparator;
  } = {};
  if (options.codeColumn !== undefined) out.codeColumn = options.codeColumn;
  if (options.nameColumn !== undefined) out.nameColumn = options.nameColumn;
  if (options.kecamatanNameColumn !== undefined)
    out.kecamatanNameColumn = options.kecamatanNameColumn;
  if (options.decimal !== undefined) out.decimal = options.decimal;
  if (options.thousands !== undefined) out.thousands = options.thousands;
  return out;
}

/**
 * Turns rows of cells (from a CSV or a spreadsheet) into village records: finds the header row,
 * the code, name and kecamatan-name columns, the numeric columns and each one's decimal
 * separator, normalises village codes to `PP.KK.CC.TDDD`, and reports every problem with its
 * row, line, column and value. No data row is ever dropped: a row with a missing or malformed
 * code is kept with the code as written (`''` when missing) and an error diagnostic, so a table
 * built from the records reports it again.
 *
 * Header: the first of the first 10 non-empty rows with a code-like header (`kode`, `kode_desa`,
 * `kode_wilayah`, `kdepum`, `kode10`, `code`, … case-insensitive, spaces read as `_`); rows above
 * it are skipped with `HEADER_ROWS_SKIPPED`. When there is none, the first row is the header,
 * unless it already holds a village code (`HEADER_MISSING`; columns are named `column_1`, …).
 * Code column: the named one, else the first usual name with a valid code, else the column with
 * the most valid codes. A column is numeric when at least half of its non-missing cells are
 * numbers; cells `''`, `-`, `–`, `—`, `NA`, `N/A`, `#N/A`, `null`, `NaN` are missing (`NaN`).
 * Decimal separators are detected per column with {@link detectDecimal}.
 *
 * Beyond 50 diagnostics of one code the rest are summarised (count and first examples).
 *
 * Steps, each its own function: {@link findHeaderRow}, {@link nameColumns}, {@link locateColumns},
 * {@link numberFormats}, {@link buildRecords}.
 *
 * Method: two passes over the rows (classify columns, then build records). O(rows × columns).
 *
 * @example
 * recordsFromRows([['kode', 'nama', 'idm'], ['3321012001', 'Banyumeneng', '0,6529']])
 *   .records[0];
 * // => { code: '33.21.01.2001', name: 'Banyumeneng', values: { idm: 0.6529 } }
 */
export function recordsFromRows(
  rows: readonly (readonly Cell[])[],
  options: RecordsFromRowsOptions = {},
): ReadTableResult {
  if (!Array.isArray(rows as unknown)) throw new Error('recordsFromRows requires an array of rows');
  const where = options.file === undefined ? {} : { file: options.file };
  const diagnostics: IoDiagnostic[] = [];
  const sheet: Sheet = { rows, where, lineOf: (i) => options.lines?.[i] ?? i + 1, diagnostics };
  const filled: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!isEmptyRow(rows[i]!)) filled.push(i);
  if (filled.length === 0) {
    diagnostics.push({
      code: 'EMPTY_FILE',
      severity: 'error',
      message: 'The file holds no data.',
      ...where,
    });
    return { ...nothingRead(), diagnostics };
  }
  // 1. Header row. 2. Column names. 3. Code, name and kecamatan columns.
  const place = findHeaderRow(sheet, filled, options.codeColumn);
  const layout = nameColumns(sheet, place, options.raggedRows);
  const keys = locateColumns(sheet, place, layout, options);
  if (place.dataRows.length === 0) {
    diagnostics.push({
      code: 'NO_ROWS',
      severity: 'error',
      message: 'The file has a header but no data rows.',
      ...where,
    });
  }
  // 4. Numeric columns and their decimal separators. 5. Records.
  const formats = numberFormats(sheet, place, layout, keys, options);
  const built = buildRecords(sheet, place, layout, keys, formats, {
    textNumbers: options.textNumbers === true,
    columnar: options.columnar === true,
  });
  const { columns } = layout;
  const { codeAt, nameAt, kecAt } = keys;
  return {
    records: built.records,
    ...(built.columnar ? { columnar: built.columnar } : {}),
    columns: [...columns],
    numericColumns: formats.numericAt.map((j) => columns[j]!),
    decimal: formats.decimal,
    codeColumn: codeAt < 0 ? null : columns[codeAt]!,
    nameColumn: nameAt < 0 ? null : columns[nameAt]!,
    kecamatanNameColumn: kecAt < 0 ? null : columns[kecAt]!,
    // A problem repeated on many rows: the first 50 of each code, then a count and examples.
    diagnostics: summariseDiagnostics(diagnostics, { maxPerCode: MAX_PER_CODE }),
  };
}

/** Diagnostics kept per code before the rest are summarised. */
const MAX_PER_CODE = 50;

/** The result for a file without data (fresh arrays on every call). */
function nothingRead(): Omit<ReadTableResult, 'diagnostics'> {
  return {
    records: [],
    columns: [],
    numericColumns: [],
    decimal: {},
    codeColumn: null,
    nameColumn: null,
    kecamatanNameColumn: null,
  };
}
