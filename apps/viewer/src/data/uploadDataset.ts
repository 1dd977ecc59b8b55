/**
 * The analyst's own files as a dataset, after the join report and the column mapping: rows whose
 * code matches no boundary are either given the close match the analyst accepted, or left out
 * with the join's reason kept in the dataset's diagnostics (never ranked under a wrong code).
 */
import { createTable, type Diagnostic, type Scenario, type VillageRecord } from '@lokus/core';
import type { JoinResult } from '@lokus/geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { type Dataset, type ExcludedRow, prepareDataset } from './dataset.ts';

export interface UploadParts {
  readonly tableFile: string;
  readonly boundaryFile: string;
  readonly records: readonly VillageRecord[];
  readonly boundaries: FeatureCollection<Geometry | null>;
  /** The join of the table as read, whose unmatched rows the analyst decided on. */
  readonly join: JoinResult;
  /** Accepted close matches: table row → boundary code. */
  readonly accepted: ReadonlyMap<number, string>;
  readonly scenario: Scenario;
  readonly diagnostics: readonly Diagnostic[];
}

/** Rows kept (with accepted codes) and the join diagnostics of the rows left out. */
export function keptRecords(parts: UploadParts): {
  readonly records: VillageRecord[];
  readonly leftOut: Diagnostic[];
} {
  const unmatched = new Set(parts.join.unmatchedTable.map((u) => u.row));
  const records: VillageRecord[] = [];
  parts.records.forEach((r, row) => {
    const code = parts.accepted.get(row);
    if (code !== undefined) records.push({ ...r, code });
    else if (!unmatched.has(row)) records.push(r);
  });
  const leftOutRows = new Set([...unmatched].filter((row) => !parts.accepted.has(row)));
  const leftOut = parts.join.diagnostics.filter(
    (d) => d.code === 'JOIN_UNMATCHED_TABLE' && d.row !== undefined && leftOutRows.has(d.row - 1),
  );
  return { records, leftOut };
}

/** The left-out rows as read, each with the join's reason (for the exports). */
function excludedRows(parts: UploadParts, leftOut: readonly Diagnostic[]): ExcludedRow[] {
  return leftOut.flatMap((d) => {
    const r = d.row === undefined ? undefined : parts.records[d.row - 1];
    if (!r) return [];
    return [{ code: r.code, name: r.name ?? '', kecamatan: r.kecamatanName ?? '', diagnostic: d }];
  });
}

/** Builds the dataset the map shows for an upload. */
export function uploadDataset(parts: UploadParts): Dataset {
  const { records, leftOut } = keptRecords(parts);
  const built = createTable(records, { file: parts.tableFile, checkCodes: false });
  const name = parts.tableFile || parts.boundaryFile;
  return prepareDataset(built.table, parts.boundaries, {
    id: 'upload',
    synthetic: false,
    name: { id: name, en: name },
    attribution: [parts.tableFile, parts.boundaryFile].filter((x) => x !== ''),
    catalog: parts.scenario.indicators,
    defaultScenario: parts.scenario,
    diagnostics: [...parts.diagnostics, ...leftOut],
    excluded: excludedRows(parts, leftOut),
  });
}
