import {
  checkVillageCodes,
  normaliseVillageCode,
  type VillageRecord,
  villageCodeNumber,
} from '@lokus/core';
import { createDiagnosticTally, type DiagnosticTally } from '@lokus/geo';
import { parseNumber } from './parseNumber.ts';
import {
  cellText,
  controlAtEnds,
  isMissingText,
  lastFilled,
  type Sheet,
} from './recordsFromRowsCells.ts';
import { type ColumnLayout, isRagged, type KeyColumns } from './recordsFromRowsColumns.ts';
import type { HeaderPlace } from './recordsFromRowsHeader.ts';
import type { NumberFormats } from './recordsFromRowsNumbers.ts';
import type { Cell, ColumnarRecords, IoDiagnostic } from './types.ts';

/** Where a cell is, for its diagnostics. */
interface CellPlace {
  readonly row: number;
  readonly line: number;
  readonly village: { village?: string };
}

/**
 * Step 5 of `recordsFromRows`: one record per data row, never dropping one: the code normalised
 * to `PP.KK.CC.TDDD` (kept as written when it cannot be), name, kecamatan name and every numeric
 * column. A ragged row's numbers are missing (`CSV_RAGGED_ROW`); a cell that is not a number is
 * missing with `NON_NUMERIC_VALUE`; control characters around text are reported once per row
 * (`CONTROL_CHARACTERS_STRIPPED`, at most 20 listed); text numbers with `NUMBER_AS_TEXT`; the
 * codes are checked all at once (`checkVillageCodes`). Diagnostics end in row order. With
 * `columnar`, the same rows are written into columns instead of records. Internal.
 */
export function buildRecords(
  sheet: Sheet,
  place: HeaderPlace,
  layout: ColumnLayout,
  keys: KeyColumns,
  formats: NumberFormats,
  options: { readonly textNumbers: boolean; readonly columnar: boolean },
): { records: VillageRecord[]; columnar: ColumnarRecords | null } {
  const { rows, lineOf } = sheet;
  const { columns } = layout;
  const { codeAt, nameAt, kecAt } = keys;
  const records: VillageRecord[] = [];
  const n = place.dataRows.length;
  const byColumn = options.columnar ? columnarOf(n, columns, keys, formats.numericAt) : null;
  // The column of each numeric column, in the order of formats.numericAt.
  const targets = byColumn ? formats.numericAt.map((j) => byColumn.values[columns[j]!]!) : [];
  const controlCells = createDiagnosticTally<IoDiagnostic>(20);
  const textColumns = [codeAt, nameAt, kecAt].filter((j) => j >= 0);
  const textNumbers: number[] = [];
  const rawCodes: string[] = [];
  const codeLines: number[] = [];
  place.dataRows.forEach((i, k) => {
    const line = lineOf(i);
    const raw = codeAt < 0 ? '' : cellText(rows[i]![codeAt]);
    const code = codeAt < 0 ? raw : rowCode(raw);
    rawCodes.push(raw);
    codeLines.push(line);
    const at: CellPlace = { row: k + 1, line, village: code === '' ? {} : { village: code } };
    const ragged = isRagged(sheet, layout, i);
    if (ragged) reportRagged(sheet, layout, i, at);
    reportControlCells(sheet, rows[i]!, textColumns, columns, at, controlCells);
    const values: Record<string, number> = {};
    for (let m = 0; m < formats.numericAt.length; m++) {
      const j = formats.numericAt[m]!;
      // A ragged row's fields cannot be trusted to sit in their columns: left missing.
      const v = ragged
        ? Number.NaN
        : numberCell(
            sheet,
            rows[i]![j],
            j,
            columns[j]!,
            formats,
            at,
            options.textNumbers,
            textNumbers,
          );
      if (byColumn) targets[m]![k] = v;
      else values[columns[j]!] = v;
    }
    const name = nameAt < 0 ? undefined : cellText(rows[i]![nameAt]);
    const kecamatanName = kecAt < 0 ? undefined : cellText(rows[i]![kecAt]);
    if (byColumn) putInColumns(byColumn, k, code, name, kecamatanName);
    else records.push(recordOf(code, name, kecamatanName, values));
  });
  sheet.diagnostics.push(...controlCells.list());
  reportTextNumbers(sheet, columns, formats.numericAt, textNumbers);
  if (codeAt >= 0) reportCodes(sheet, rawCodes, codeLines, columns[codeAt]!);
  return { records, columnar: byColumn };
}

/** A row written into the columns (its numbers are already there). */
function putInColumns(
  into: { code: string[]; name: string[] | null; kecamatanName: string[] | null },
  k: number,
  code: string,
  name: string | undefined,
  kecamatanName: string | undefined,
): void {
  into.code[k] = code;
  if (into.name) into.name[k] = name!;
  if (into.kecamatanName) into.kecamatanName[k] = kecamatanName!;
}

/** A row as a record, with the name columns the file has. */
function recordOf(
  code: string,
  name: string | undefined,
  kecamatanName: string | undefined,
  values: Record<string, number>,
): VillageRecord {
  return {
    code,
    ...(name === undefined ? {} : { name }),
    ...(kecamatanName === undefined ? {} : { kecamatanName }),
    values,
  };
}

/**
 * A row's code normalised to `PP.KK.CC.TDDD` (as written when it cannot be). A code already
 * written so is kept as the same string, not a new one per row; codes are checked all at once
 * by {@link reportCodes}.
 */
function rowCode(raw: string): string {
  if (raw.length === 13 && raw.charCodeAt(2) === 46 && villageCodeNumber(raw) >= 0) return raw;
  return normaliseVillageCode(raw) ?? raw;
}

/** Tallies the text cells of a row with control characters around them (listed once per row). */
function reportControlCells(
  sheet: Sheet,
  cells: readonly Cell[],
  textColumns: readonly number[],
  columns: readonly string[],
  at: CellPlace,
  tally: DiagnosticTally<IoDiagnostic>,
): void {
  const { row, line } = at;
  for (const j of textColumns) {
    const c = cells[j];
    if (typeof c !== 'string' || !controlAtEnds(c)) continue;
    tally.add('CONTROL_CHARACTERS_STRIPPED', 'info', row, () => ({
      code: 'CONTROL_CHARACTERS_STRIPPED',
      severity: 'info',
      message: `Row ${row} (line ${line}), column ${columns[j]}: control characters (tab, carriage return, …) around ${JSON.stringify(c.trim())} were removed.`,
      ...sheet.where,
      row,
      line,
      column: columns[j]!,
      value: c,
      ...at.village,
    }));
  }
}

/**
 * The codes checked all at once (core's checkVillageCodes), then every diagnostic in row order
 * (those about whole columns, without a row, first).
 */
function reportCodes(
  sheet: Sheet,
  rawCodes: readonly string[],
  lines: readonly number[],
  column: string,
): void {
  const found = checkVillageCodes(rawCodes, { ...sheet.where, lines, column });
  // checkVillageCodes raises only MISSING_, MALFORMED_ and DUPLICATE_VILLAGE_CODE, all io codes too.
  // A loop, not push(...list): hundreds of thousands of duplicate codes overflow the stack.
  for (const d of found as IoDiagnostic[]) sheet.diagnostics.push(d);
  sheet.diagnostics.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Empty columns for `n` rows: codes, the name columns the file has, every numeric column. */
function columnarOf(
  n: number,
  columns: readonly string[],
  keys: KeyColumns,
  numericAt: readonly number[],
): {
  code: string[];
  name: string[] | null;
  kecamatanName: string[] | null;
  values: Record<string, Float64Array>;
} {
  const values: Record<string, Float64Array> = {};
  for (const j of numericAt) values[columns[j]!] = new Float64Array(n);
  return {
    code: new Array<string>(n),
    name: keys.nameAt < 0 ? null : new Array<string>(n),
    kecamatanName: keys.kecAt < 0 ? null : new Array<string>(n),
    values,
  };
}

/** `CSV_RAGGED_ROW` for a row whose number of fields differs from the header's. */
function reportRagged(sheet: Sheet, layout: ColumnLayout, i: number, at: CellPlace): void {
  const cells = sheet.rows[i]!;
  const { row, line } = at;
  sheet.diagnostics.push({
    code: 'CSV_RAGGED_ROW',
    severity: 'warning',
    message: `Row ${row} (line ${line}) has ${lastFilled(cells) > layout.width ? lastFilled(cells) : cells.length} fields where the header has ${layout.expected}; its values may have shifted, so its numbers were read as missing. Check the row for an unquoted delimiter or a missing field.`,
    ...sheet.where,
    row,
    line,
    value: cells.map(cellText),
    ...at.village,
  });
}

/**
 * The number in one cell of numeric column j: typed numbers as they are; text read with the
 * column's decimal separator (in an ambiguous column only when both readings agree; with
 * `textNumbers`, in the other convention too, counted); missing markers and anything else NaN,
 * the latter with `NON_NUMERIC_VALUE`.
 */
function numberCell(
  sheet: Sheet,
  c: Cell | undefined,
  j: number,
  column: string,
  formats: NumberFormats,
  at: CellPlace,
  textNumbersOption: boolean,
  textNumbers: number[],
): number {
  if (typeof c === 'number') return c;
  const t = cellText(c);
  if (isMissingText(t)) return Number.NaN;
  const d = formats.columnDecimal[j] ?? '.';
  const p = parseNumber(t, { decimal: d });
  const otherDecimal = d === '.' ? ',' : '.';
  if (formats.ambiguousColumn.has(j)) {
    return p !== null && p === parseNumber(t, { decimal: otherDecimal }) ? p : Number.NaN;
  }
  if (p !== null) {
    if (textNumbersOption) textNumbers[j] = (textNumbers[j] ?? 0) + 1;
    return p;
  }
  const other = parseNumber(t, { decimal: otherDecimal });
  if (textNumbersOption && other !== null) {
    textNumbers[j] = (textNumbers[j] ?? 0) + 1;
    return other;
  }
  const why =
    other === null
      ? 'is not a number'
      : `is written with a decimal ${d === '.' ? 'comma' : 'point'} unlike the rest of the column`;
  const { row, line } = at;
  sheet.diagnostics.push({
    code: 'NON_NUMERIC_VALUE',
    severity: 'warning',
    message: `Row ${row} (line ${line}), column ${column}: ${JSON.stringify(t)} ${why}; read as missing.`,
    ...sheet.where,
    row,
    line,
    column,
    value: c ?? null,
    ...at.village,
  });
  return Number.NaN;
}

/** `NUMBER_AS_TEXT` per column with numbers stored as text that were read. */
function reportTextNumbers(
  sheet: Sheet,
  columns: readonly string[],
  numericAt: readonly number[],
  textNumbers: readonly number[],
): void {
  for (const j of numericAt) {
    if (textNumbers[j] === undefined) continue;
    sheet.diagnostics.push({
      code: 'NUMBER_AS_TEXT',
      severity: 'info',
      message: `Column ${columns[j]}: ${textNumbers[j]} number(s) stored as text (such as '0,6556') were read as numbers.`,
      ...sheet.where,
      column: columns[j]!,
      value: textNumbers[j],
    });
  }
}
