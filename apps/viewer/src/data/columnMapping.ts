/**
 * The column mapping of an uploaded table: the columns as the readers gave them, the roles
 * `@lokus/core` suggests from its indicator catalogue, and the scenario core builds from the
 * roles the analyst confirmed. The viewer adds no rule of its own.
 */
import {
  type ColumnAssignment,
  type ColumnInput,
  type ColumnSuggestion,
  type Diagnostic,
  type Scenario,
  scenarioFromColumnRoles,
  suggestColumnRoles,
  type VillageRecord,
} from '@lokus/core';

/** What a table reader reports about its columns. */
export interface ReaderColumns {
  readonly columns: readonly string[];
  readonly numericColumns: readonly string[];
  readonly codeColumn: string | null;
  readonly nameColumn: string | null;
  readonly kecamatanNameColumn: string | null;
}

/** The table's columns, cell by cell, in file order (text columns the reader did not keep are empty). */
export function columnInputs(
  read: ReaderColumns,
  records: readonly VillageRecord[],
): ColumnInput[] {
  const numeric = new Set(read.numericColumns);
  return read.columns.map((name) => {
    if (name === read.codeColumn) return { name, values: records.map((r) => r.code) };
    if (name === read.nameColumn) return { name, values: records.map((r) => r.name ?? null) };
    if (name === read.kecamatanNameColumn)
      return { name, values: records.map((r) => r.kecamatanName ?? null) };
    if (numeric.has(name)) return { name, values: records.map((r) => r.values[name] ?? null) };
    return { name, values: [] };
  });
}

/** Core's proposed role for every column. */
export function suggestRoles(columns: readonly ColumnInput[]): ColumnSuggestion[] {
  return suggestColumnRoles(columns);
}

/** The scenario of a confirmed mapping, named after the file, or the problems. */
export function scenarioFromRoles(
  mapping: readonly ColumnAssignment[],
  file: string,
): { readonly scenario: Scenario | null; readonly diagnostics: readonly Diagnostic[] } {
  return scenarioFromColumnRoles(mapping, { file, select: { mode: 'top-n', n: 25 } });
}
