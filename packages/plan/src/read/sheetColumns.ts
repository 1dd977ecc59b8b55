import { headerKey } from '@lokus/core';
import { planDiagnostic } from '../messages/planDiagnostic.ts';
import type { PlanDiagnostic } from '../types.ts';
import type { Sheet, SheetCell } from './readSheet.ts';

/** A column vocabulary entry (see `PLAN_COLUMNS`, `AGENCY_COLUMNS`). */
export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  readonly required: boolean;
  readonly aliases: readonly string[];
}

/** Where each column of a vocabulary is in a sheet (`-1` when absent). */
export interface SheetColumns<K extends string> {
  readonly at: Readonly<Record<K, number>>;
  /** One `PLAN_COLUMN_MISSING` error per required column not found. */
  readonly diagnostics: readonly PlanDiagnostic[];
}

/**
 * Finds the columns of a vocabulary in a sheet's header by `headerKey` of the header and its
 * aliases (first match from the left). O(columns · aliases).
 *
 * @example
 * sheetColumns({ file: 'f', header: ['opd'], rows: [], lines: [], diagnostics: [] }, PLAN_COLUMNS).at.agency; // => 0
 */
export function sheetColumns<const S extends readonly ColumnSpec[]>(
  sheet: Sheet,
  specs: S,
): SheetColumns<S[number]['key']> {
  const keys = sheet.header.map((h) => headerKey(h));
  const at: Record<string, number> = {};
  const diagnostics: PlanDiagnostic[] = [];
  for (const spec of specs) {
    const names = new Set([spec.header, ...spec.aliases].map((a) => headerKey(a)));
    const j = keys.findIndex((k) => names.has(k));
    at[spec.key] = j;
    if (j < 0 && spec.required && sheet.header.length > 0) {
      diagnostics.push(
        planDiagnostic('PLAN_COLUMN_MISSING', {
          file: sheet.file,
          value: spec.header,
          detail: [spec.header, ...spec.aliases].join(', '),
        }),
      );
    }
  }
  return { at: at as Record<S[number]['key'], number>, diagnostics };
}

/**
 * The text of a cell (numbers as written by JavaScript), `''` when the column is absent or the
 * cell is empty.
 *
 * @example
 * cellText(['a', 3], 1); // => '3'
 */
export function cellText(row: readonly SheetCell[], at: number): string {
  const v = at < 0 ? null : row[at];
  return v === null || v === undefined ? '' : String(v).trim();
}

/**
 * The number of filled cells beyond the header's last column (a CSV cell holding the delimiter
 * without quotes spills into them).
 *
 * @example
 * cellsBeyondHeader(['a', 'b', 'c', null], 2); // => 1
 */
export function cellsBeyondHeader(row: readonly SheetCell[], width: number): number {
  let n = 0;
  for (let j = width; j < row.length; j++) if (row[j] !== null && row[j] !== undefined) n++;
  return n;
}
