import { COLUMN_HEADERS, villageCodeNumber } from '@lokus/core';
import {
  cellText,
  lastFilled,
  normaliseHeader,
  type Sheet,
  usualHeader,
} from './recordsFromRowsCells.ts';
import type { HeaderPlace } from './recordsFromRowsHeader.ts';

/** The columns of a sheet: names, width and the ragged-row check. */
export interface ColumnLayout {
  readonly columns: readonly string[];
  readonly width: number;
  /** Whether rows are checked for the header's number of fields. */
  readonly checkRagged: boolean;
  /** The row length data rows should have (when checked). */
  readonly expected: number;
  /** Headers read with surrounding spaces removed or case ignored. */
  readonly renamed: { header: string; column: string }[];
}

/** The code, name and kecamatan-name columns (−1 when absent). */
export interface KeyColumns {
  readonly codeAt: number;
  readonly nameAt: number;
  readonly kecAt: number;
}

/**
 * Step 2 of `recordsFromRows`: column names from the header (`column_1`, … where empty), a
 * repeated name renamed `name_2` with `DUPLICATE_COLUMN`. With `raggedRows`, the header (or the
 * length most data rows share) sets the width, so a ragged row cannot invent columns. Internal.
 */
export function nameColumns(
  sheet: Sheet,
  place: HeaderPlace,
  raggedRows: boolean | undefined,
): ColumnLayout {
  const { rows, where, diagnostics } = sheet;
  const { headerRow, dataRows } = place;
  const checkRagged = raggedRows === true && headerRow !== null;
  const expected = checkRagged ? usualLength(rows, dataRows, headerRow.length) : 0;
  let width = headerRow?.length ?? 0;
  if (checkRagged) width = Math.max(width, expected);
  else for (const i of dataRows) width = Math.max(width, rows[i]!.length);
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
  return { columns, width, checkRagged, expected, renamed };
}

/** The most common row length when more than half of the rows share it, else `fallback`. */
function usualLength(rows: Sheet['rows'], at: readonly number[], fallback: number): number {
  const count = new Map<number, number>();
  for (const i of at) count.set(rows[i]!.length, (count.get(rows[i]!.length) ?? 0) + 1);
  for (const [length, n] of count) if (2 * n > at.length) return length;
  return fallback;
}

/** Whether row i is ragged: shorter than expected, or with filled cells beyond the width. */
export function isRagged(sheet: Sheet, layout: ColumnLayout, i: number): boolean {
  const row = sheet.rows[i]!;
  return layout.checkRagged && (row.length < layout.expected || lastFilled(row) > layout.width);
}

/**
 * Step 3 of `recordsFromRows`: the code column (named, else the first usual name holding a
 * valid code, else the column with the most valid codes; `CODE_COLUMN_NOT_FOUND` without any),
 * the name and kecamatan-name columns (asked for, else usual names; `COLUMN_NOT_FOUND` for one
 * asked for and absent), and `HEADER_NORMALISED` for headers read leniently. Internal.
 */
export function locateColumns(
  sheet: Sheet,
  place: HeaderPlace,
  layout: ColumnLayout,
  options: { codeColumn?: string; nameColumn?: string; kecamatanNameColumn?: string },
): KeyColumns {
  const { where, diagnostics } = sheet;
  const { columns, renamed } = layout;
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
    return usualColumn(columns, usual);
  };
  const codeAt =
    options.codeColumn !== undefined
      ? namedColumn(options.codeColumn, [])
      : findCodeColumn(sheet, place, layout);
  const nameAt = namedColumn(options.nameColumn, COLUMN_HEADERS.name);
  const kecAt = namedColumn(options.kecamatanNameColumn, COLUMN_HEADERS.kecamatanName);
  const lenient = [...renamed];
  for (const j of [codeAt, nameAt, kecAt]) {
    const c = columns[j];
    if (c !== undefined && normaliseHeader(c) !== c) {
      lenient.push({ header: c, column: normaliseHeader(c) });
    }
  }
  if (lenient.length > 0) {
    diagnostics.push({
      code: 'HEADER_NORMALISED',
      severity: 'info',
      message: `Headers were read ignoring case and surrounding spaces: ${lenient.map((r) => `${JSON.stringify(r.header)} as ${r.column}`).join(', ')}.`,
      ...where,
      line: place.headerLine,
      value: lenient,
    });
  }
  return { codeAt, nameAt, kecAt };
}

/** The first column named by one of `words` (in their order of preference), else −1. */
function usualColumn(columns: readonly string[], words: readonly string[]): number {
  for (const word of words) {
    const j = columns.findIndex(usualHeader([word]));
    if (j >= 0) return j;
  }
  return -1;
}

/** The code column when none was asked for: usual names holding codes, else most codes. */
function findCodeColumn(sheet: Sheet, place: HeaderPlace, layout: ColumnLayout): number {
  const { rows, where, diagnostics } = sheet;
  const { dataRows } = place;
  const cell = (i: number, j: number): string => cellText(rows[i]![j]);
  const named = COLUMN_HEADERS.code
    .map((word) => usualColumn(layout.columns, [word]))
    .filter((j) => j >= 0);
  const anyCode = (j: number): boolean => dataRows.some((i) => villageCodeNumber(cell(i, j)) >= 0);
  let codeAt = named.find(anyCode) ?? -1;
  if (codeAt < 0) {
    let best = 0;
    for (let j = 0; j < layout.width; j++) {
      const n = dataRows.reduce((s, i) => s + (villageCodeNumber(cell(i, j)) < 0 ? 0 : 1), 0);
      if (n > best) [codeAt, best] = [j, n];
    }
  }
  if (codeAt < 0) codeAt = named[0] ?? -1;
  if (codeAt < 0) {
    diagnostics.push({
      code: 'CODE_COLUMN_NOT_FOUND',
      severity: 'error',
      message: `No column holds village codes; expected one named ${COLUMN_HEADERS.code.slice(0, 6).join(', ')} or similar.`,
      ...where,
      value: layout.columns,
    });
  }
  return codeAt;
}
