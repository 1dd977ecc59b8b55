import {
  checkVillageCodes,
  normaliseVillageCode,
  type VillageRecord,
  villageCodeNumber,
} from '@lokus/core';
import {
  CODE_PROPERTIES,
  createDiagnosticTally,
  NAME_PROPERTIES,
  summariseDiagnostics,
} from '@lokus/geo';
import { detectDecimal } from './detectDecimal.ts';
import { parseNumber } from './parseNumber.ts';
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

/** Header names that commonly hold kecamatan names, in order of preference. */
const KECAMATAN_NAMES: readonly string[] = [
  'nama_kec',
  'nama_kecamatan',
  'kecamatan',
  'nm_kec',
  'nm_kecamatan',
  'wadmkc',
];

/** Cell texts read as a missing value without a diagnostic. */
const MISSING = new Set(['', '-', '\u2013', '\u2014', 'na', 'n/a', '#n/a', 'null', 'nan']);

/** Diagnostics kept per code before the rest are summarised. */
const MAX_PER_CODE = 50;

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 10;

const normaliseHeader = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_');

const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c.trim();

/** `true` when every cell is empty (a plain loop: it runs once per row of large files). */
function isEmptyRow(row: readonly Cell[]): boolean {
  for (const c of row) if (cellText(c) !== '') return false;
  return true;
}

/** `true` when a text cell has a control character (tab, carriage return, …) among the
 * characters that trimming removes at either end. */
function controlAtEnds(c: string): boolean {
  const isControl = (k: number): boolean => k < 0x20 || k === 0x7f;
  const isBlank = (k: number): boolean => k <= 0x20 || /\s/.test(String.fromCharCode(k));
  for (let i = 0; i < c.length && isBlank(c.charCodeAt(i)); i++) {
    if (isControl(c.charCodeAt(i))) return true;
  }
  for (let i = c.length - 1; i >= 0 && isBlank(c.charCodeAt(i)); i--) {
    if (isControl(c.charCodeAt(i))) return true;
  }
  return false;
}

/** The most common row length when more than half of the rows share it, else `fallback`. */
function usualLength(rows: readonly (readonly Cell[])[], at: readonly number[], fallback: number) {
  const count = new Map<number, number>();
  for (const i of at) count.set(rows[i]!.length, (count.get(rows[i]!.length) ?? 0) + 1);
  for (const [length, n] of count) if (2 * n > at.length) return length;
  return fallback;
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
  const lineOf = (i: number): number => options.lines?.[i] ?? i + 1;
  const empty = (d: IoDiagnostic[]): ReadTableResult => ({
    records: [],
    columns: [],
    numericColumns: [],
    decimal: {},
    codeColumn: null,
    nameColumn: null,
    kecamatanNameColumn: null,
    diagnostics: d,
  });

  const filled: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!isEmptyRow(rows[i]!)) filled.push(i);
  if (filled.length === 0) {
    return empty([
      { code: 'EMPTY_FILE', severity: 'error', message: 'The file holds no data.', ...where },
    ]);
  }

  // 1. Header row.
  const wantedCode = options.codeColumn === undefined ? null : normaliseHeader(options.codeColumn);
  const codeNames = new Set(CODE_PROPERTIES.map(normaliseHeader));
  const isCodeHeader = (c: Cell | undefined): boolean => {
    const h = normaliseHeader(cellText(c));
    return wantedCode === null ? codeNames.has(h) : h === wantedCode;
  };
  let headerAt = filled
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((i) => rows[i]!.some((c) => isCodeHeader(c)));
  let headerless = false;
  if (headerAt < 0) {
    headerAt = 0;
    headerless = rows[filled[0]!]!.some((c) => normaliseVillageCode(cellText(c)) !== null);
  }
  if (headerAt > 0) {
    const skipped = filled.slice(0, headerAt);
    diagnostics.push({
      code: 'HEADER_ROWS_SKIPPED',
      severity: 'info',
      message: `Skipped ${skipped.length} row(s) above the header on line ${lineOf(filled[headerAt]!)}.`,
      ...where,
      line: lineOf(filled[headerAt]!),
      value: skipped.map((i) =>
        rows[i]!.map(cellText)
          .filter((t) => t !== '')
          .join(' '),
      ),
    });
  }
  const headerRow = headerless ? null : rows[filled[headerAt]!]!;
  const dataRows = filled.slice(headerless ? 0 : headerAt + 1);
  if (headerless) {
    diagnostics.push({
      code: 'HEADER_MISSING',
      severity: 'warning',
      message:
        'The first row holds a village code, so the file has no header; columns are named column_1, column_2, ….',
      ...where,
      line: lineOf(filled[0]!),
    });
  }

  // 2. Column names. With `raggedRows`, the header (or the length most data rows share) sets the
  // width, so a ragged row cannot invent columns.
  const checkRagged = options.raggedRows === true && headerRow !== null;
  const expected = checkRagged ? usualLength(rows, dataRows, headerRow.length) : 0;
  let width = headerRow?.length ?? 0;
  if (checkRagged) width = Math.max(width, expected);
  else for (const i of dataRows) width = Math.max(width, rows[i]!.length);
  const lastFilled = (row: readonly Cell[]): number => {
    let k = row.length;
    while (k > 0 && cellText(row[k - 1]) === '') k--;
    return k;
  };
  const ragged = (i: number): boolean =>
    checkRagged && (rows[i]!.length < expected || lastFilled(rows[i]!) > width);
  const columns: string[] = [];
  const taken = new Set<string>();
  for (let j = 0; j < width; j++) {
    const raw = headerRow === null ? '' : cellText(headerRow[j]);
    let name = raw === '' ? `column_${j + 1}` : raw;
    if (taken.has(name)) {
      let k = 2;
      while (taken.has(`${name}_${k}`)) k++;
      diagnostics.push({
        code: 'DUPLICATE_COLUMN',
        severity: 'warning',
        message: `Column ${name} appears more than once; column ${j + 1} was renamed ${name}_${k}.`,
        ...where,
        column: `${name}_${k}`,
        value: name,
      });
      name = `${name}_${k}`;
    }
    taken.add(name);
    columns.push(name);
  }
  const renamed: { header: string; column: string }[] = [];
  headerRow?.forEach((c, j) => {
    if (typeof c === 'string' && c.trim() !== c && c.trim() !== '') {
      renamed.push({ header: c, column: columns[j]! });
    }
  });
  const cell = (i: number, j: number): string => cellText(rows[i]![j]);
  const findColumn = (wanted: string): number => {
    const exact = columns.indexOf(wanted);
    return exact >= 0
      ? exact
      : columns.findIndex((c) => normaliseHeader(c) === normaliseHeader(wanted));
  };
  const namedColumn = (option: string | undefined, usual: readonly string[]): number => {
    if (option !== undefined) {
      const j = findColumn(option);
      if (j < 0) {
        diagnostics.push({
          code: 'COLUMN_NOT_FOUND',
          severity: 'error',
          message: `Column ${option} was asked for but the file has no such column.`,
          ...where,
          column: option,
        });
      }
      return j;
    }
    for (const u of usual) {
      const j = findColumn(u);
      if (j >= 0) return j;
    }
    return -1;
  };

  // 3. Code column: named, else usual names holding codes, else most codes.
  const codeCount = (j: number): number =>
    dataRows.reduce((n, i) => n + (villageCodeNumber(cell(i, j)) < 0 ? 0 : 1), 0);
  let codeAt = -1;
  if (options.codeColumn !== undefined) {
    codeAt = namedColumn(options.codeColumn, []);
  } else {
    const named = CODE_PROPERTIES.map(findColumn).filter((j) => j >= 0);
    const anyCode = (j: number): boolean =>
      dataRows.some((i) => villageCodeNumber(cell(i, j)) >= 0);
    codeAt = named.find(anyCode) ?? -1;
    if (codeAt < 0) {
      let best = 0;
      for (let j = 0; j < width; j++) {
        const n = codeCount(j);
        if (n > best) [codeAt, best] = [j, n];
      }
    }
    if (codeAt < 0) codeAt = named[0] ?? -1;
    if (codeAt < 0) {
      diagnostics.push({
        code: 'CODE_COLUMN_NOT_FOUND',
        severity: 'error',
        message: `No column holds village codes; expected one named ${CODE_PROPERTIES.slice(0, 6).join(', ')} or similar.`,
        ...where,
        value: columns,
      });
    }
  }
  const nameAt = namedColumn(options.nameColumn, NAME_PROPERTIES);
  const kecAt = namedColumn(options.kecamatanNameColumn, KECAMATAN_NAMES);
  for (const j of [codeAt, nameAt, kecAt]) {
    const c = columns[j];
    if (c !== undefined && normaliseHeader(c) !== c) {
      renamed.push({ header: c, column: normaliseHeader(c) });
    }
  }
  if (renamed.length > 0) {
    diagnostics.push({
      code: 'HEADER_NORMALISED',
      severity: 'info',
      message: `Headers were read ignoring case and surrounding spaces: ${renamed.map((r) => `${JSON.stringify(r.header)} as ${r.column}`).join(', ')}.`,
      ...where,
      line: headerless ? lineOf(filled[0]!) : lineOf(filled[headerAt]!),
      value: renamed,
    });
  }

  if (dataRows.length === 0) {
    diagnostics.push({
      code: 'NO_ROWS',
      severity: 'error',
      message: 'The file has a header but no data rows.',
      ...where,
    });
  }

  // 4. Numeric columns and their decimal separators.
  const skip = new Set([codeAt, nameAt, kecAt]);
  const codeLike = new Set(CODE_PROPERTIES.map(normaliseHeader));
  const numericAt: number[] = [];
  const decimal: Record<string, DecimalSeparator | null> = {};
  const ambiguousColumn = new Set<number>();
  const columnDecimal: (DecimalSeparator | null)[] = [];
  const detected: ReturnType<typeof detectDecimal>[] = [];
  const told: DecimalSeparator | undefined =
    options.decimal ??
    (options.thousands === undefined ? undefined : options.thousands === '.' ? ',' : '.');
  for (let j = 0; j < width; j++) {
    if (skip.has(j) || codeLike.has(normaliseHeader(columns[j]!))) continue;
    let present = 0;
    let numbers = 0;
    const texts: string[] = [];
    for (const i of dataRows) {
      const c = rows[i]![j];
      if (typeof c === 'number') {
        present++;
        numbers++;
      } else {
        const t = cellText(c);
        if (MISSING.has(t.toLowerCase())) continue;
        present++;
        texts.push(t);
      }
    }
    const found = detectDecimal(texts);
    if (numbers + found.numeric === 0 || 2 * (numbers + found.numeric) < present) continue;
    numericAt.push(j);
    detected[j] = found;
  }
  // A column whose values read two ways (only `1.254`) takes the convention the file's other
  // columns agree on; without one it is left missing and reported.
  const votes = new Set(
    numericAt.map((j) => detected[j]!.decimal).filter((d): d is DecimalSeparator => d !== null),
  );
  const fileDecimal = votes.size === 1 ? [...votes][0]! : null;
  for (const j of numericAt) {
    const found = detected[j]!;
    let d = told ?? found.decimal;
    if (told === undefined && found.ambiguous && fileDecimal !== null) {
      d = fileDecimal;
      diagnostics.push({
        code: 'AMBIGUOUS_NUMBER_RESOLVED',
        severity: 'info',
        message: `Column ${columns[j]} has values such as ${found.examples.join(', ')} that read two ways; the other columns of the file use a decimal ${fileDecimal === ',' ? 'comma, so they were read with thousands dots' : 'point, so they were read with thousands commas'}. Set the decimal or thousands option if that is wrong.`,
        ...where,
        column: columns[j]!,
        value: found.examples,
      });
    } else if (told === undefined && found.ambiguous) {
      ambiguousColumn.add(j);
      diagnostics.push({
        code: 'AMBIGUOUS_NUMBER_FORMAT',
        severity: 'error',
        message: `Column ${columns[j]} has values such as ${found.examples.join(', ')} that read differently with a decimal point and a decimal comma; they were left missing. Say which the file uses: decimal ',' with thousands '.' (1.254 = 1254), or decimal '.' (1.254 = 1.254).`,
        ...where,
        column: columns[j]!,
        value: found.examples,
      });
    }
    columnDecimal[j] = d;
    decimal[columns[j]!] = d;
  }

  // 5. Records.
  const records: VillageRecord[] = [];
  const controlCells = createDiagnosticTally<IoDiagnostic>(20);
  const textColumns = [codeAt, nameAt, kecAt].filter((j) => j >= 0);
  const textNumbers: number[] = [];
  const rawCodes: string[] = [];
  const codeLines: number[] = [];
  dataRows.forEach((i, k) => {
    const row = k + 1;
    const line = lineOf(i);
    const raw = codeAt < 0 ? '' : cell(i, codeAt);
    // Codes are checked all at once below (core's checkVillageCodes); here they are normalised.
    // A code already written PP.KK.CC.TDDD is kept as the same string (no new one per row).
    const code =
      codeAt < 0
        ? raw
        : raw.length === 13 && raw.charCodeAt(2) === 46 && villageCodeNumber(raw) >= 0
          ? raw
          : (normaliseVillageCode(raw) ?? raw);
    rawCodes.push(raw);
    codeLines.push(line);
    const village = code === '' ? {} : { village: code };
    const values: Record<string, number> = {};
    const isRagged = ragged(i);
    if (isRagged) {
      diagnostics.push({
        code: 'CSV_RAGGED_ROW',
        severity: 'warning',
        message: `Row ${row} (line ${line}) has ${lastFilled(rows[i]!) > width ? lastFilled(rows[i]!) : rows[i]!.length} fields where the header has ${expected}; its values may have shifted, so its numbers were read as missing. Check the row for an unquoted delimiter or a missing field.`,
        ...where,
        row,
        line,
        value: rows[i]!.map(cellText),
        ...village,
      });
    }
    for (const j of textColumns) {
      const c = rows[i]![j];
      if (typeof c !== 'string' || !controlAtEnds(c)) continue;
      controlCells.add('CONTROL_CHARACTERS_STRIPPED', 'info', row, () => ({
        code: 'CONTROL_CHARACTERS_STRIPPED',
        severity: 'info',
        message: `Row ${row} (line ${line}), column ${columns[j]}: control characters (tab, carriage return, …) around ${JSON.stringify(c.trim())} were removed.`,
        ...where,
        row,
        line,
        column: columns[j]!,
        value: c,
        ...village,
      }));
    }
    for (const j of numericAt) {
      const column = columns[j]!;
      const c = rows[i]![j];
      let v = Number.NaN;
      if (isRagged) {
        // Left missing: the row's fields cannot be trusted to sit in their columns.
      } else if (typeof c === 'number') {
        v = c;
      } else {
        const t = cellText(c);
        if (!MISSING.has(t.toLowerCase())) {
          const d = columnDecimal[j] ?? '.';
          const p = parseNumber(t, { decimal: d });
          const otherDecimal = d === '.' ? ',' : '.';
          if (ambiguousColumn.has(j)) {
            if (p !== null && p === parseNumber(t, { decimal: otherDecimal })) v = p;
          } else if (p !== null) {
            v = p;
            if (options.textNumbers === true) textNumbers[j] = (textNumbers[j] ?? 0) + 1;
          } else if (
            options.textNumbers === true &&
            parseNumber(t, { decimal: otherDecimal }) !== null
          ) {
            v = parseNumber(t, { decimal: otherDecimal })!;
            textNumbers[j] = (textNumbers[j] ?? 0) + 1;
          } else {
            const other = parseNumber(t, { decimal: otherDecimal });
            const why =
              other === null
                ? 'is not a number'
                : `is written with a decimal ${d === '.' ? 'comma' : 'point'} unlike the rest of the column`;
            diagnostics.push({
              code: 'NON_NUMERIC_VALUE',
              severity: 'warning',
              message: `Row ${row} (line ${line}), column ${column}: ${JSON.stringify(t)} ${why}; read as missing.`,
              ...where,
              row,
              line,
              column,
              value: c,
              ...village,
            });
          }
        }
      }
      values[column] = v;
    }
    const name = nameAt < 0 ? undefined : cell(i, nameAt);
    const kecamatanName = kecAt < 0 ? undefined : cell(i, kecAt);
    records.push({
      code,
      ...(name === undefined ? {} : { name }),
      ...(kecamatanName === undefined ? {} : { kecamatanName }),
      values,
    });
  });

  diagnostics.push(...controlCells.list());
  numericAt.forEach((j) => {
    if (textNumbers[j] === undefined) return;
    diagnostics.push({
      code: 'NUMBER_AS_TEXT',
      severity: 'info',
      message: `Column ${columns[j]}: ${textNumbers[j]} number(s) stored as text (such as '0,6556') were read as numbers.`,
      ...where,
      column: columns[j]!,
      value: textNumbers[j],
    });
  });
  if (codeAt >= 0) {
    const codeDiagnostics = checkVillageCodes(rawCodes, {
      ...where,
      lines: codeLines,
      column: columns[codeAt]!,
    });
    // One list in row order (diagnostics about whole columns, without a row, first).
    // checkVillageCodes raises only MISSING_, MALFORMED_ and DUPLICATE_VILLAGE_CODE, all io codes too.
    diagnostics.push(...(codeDiagnostics as IoDiagnostic[]));
    diagnostics.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }

  return {
    records,
    columns,
    numericColumns: numericAt.map((j) => columns[j]!),
    decimal,
    codeColumn: codeAt < 0 ? null : columns[codeAt]!,
    nameColumn: nameAt < 0 ? null : columns[nameAt]!,
    kecamatanNameColumn: kecAt < 0 ? null : columns[kecAt]!,
    // A problem repeated on many rows: the first 50 of each code, then a count and examples.
    diagnostics: summariseDiagnostics(diagnostics, { maxPerCode: MAX_PER_CODE }),
  };
}
