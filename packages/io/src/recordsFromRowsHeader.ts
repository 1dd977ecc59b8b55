import { COLUMN_HEADERS, normaliseVillageCode } from '@lokus/core';
import { cellText, normaliseHeader, type Sheet, usualHeader } from './recordsFromRowsCells.ts';
import type { Cell } from './types.ts';

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 10;

/** Where the header is and which rows hold data. */
export interface HeaderPlace {
  /** Position of the header among the non-empty rows (0 when headerless). */
  readonly headerAt: number;
  /** The header row, or null when the first row already holds a village code. */
  readonly headerRow: readonly Cell[] | null;
  /** Indices of the non-empty data rows. */
  readonly dataRows: readonly number[];
  /** Line of the header (or of the first row when headerless). */
  readonly headerLine: number;
}

/**
 * Step 1 of `recordsFromRows`: the header is the first of the first 10 non-empty rows with a
 * code-like header (or the `codeColumn` asked for); rows above it are skipped with
 * `HEADER_ROWS_SKIPPED`. Without one, the first row is the header unless it holds a village code
 * (`HEADER_MISSING`). Internal.
 */
export function findHeaderRow(
  sheet: Sheet,
  filled: readonly number[],
  codeColumn: string | undefined,
): HeaderPlace {
  const { rows, where, lineOf, diagnostics } = sheet;
  const wantedCode = codeColumn === undefined ? null : normaliseHeader(codeColumn);
  const usualCode = usualHeader(COLUMN_HEADERS.code);
  const isCodeHeader = (c: Cell | undefined): boolean =>
    wantedCode === null ? usualCode(cellText(c)) : normaliseHeader(cellText(c)) === wantedCode;
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
  return {
    headerAt,
    headerRow: headerless ? null : rows[filled[headerAt]!]!,
    dataRows: filled.slice(headerless ? 0 : headerAt + 1),
    headerLine: lineOf(filled[headerless ? 0 : headerAt]!),
  };
}
