import type { ScenarioResult } from '@lokus/core';
import { villageReason } from '../table/villageReason.ts';
import { mostCommon } from './mostCommon.ts';
import {
  RESULT_RECORD_FORMAT,
  RESULT_RECORD_VERSION,
  type RecordDiagnostic,
  type RecordVillage,
  type ResultRecord,
} from './types.ts';

/** Options of {@link toResultRecord}. */
export interface ToResultRecordOptions {
  /** Year of the decision; default the scenario's year. */
  readonly year?: number;
  /** Date of the run (`YYYY-MM-DD` or a `Date`), recorded in the provenance; never the clock. */
  readonly date?: string | Date;
  /** Name of the village table file. */
  readonly file?: string;
  /** The district's name, e.g. `Kabupaten Demak`. */
  readonly districtName?: string;
}

const fin = (v: number | undefined): number | null =>
  v === undefined || !Number.isFinite(v) ? null : v;

/**
 * The serialisable record of a result, for next year's comparison and multi-year trends: the
 * resolved scenario and its weights, the provenance (input and scenario hashes, version, date,
 * file), the diagnostics, and per village (in code order) its code, names, kind, rank, score,
 * selection and reason (code and words), the input columns the scenario used, and the indicator
 * values as scored and normalised. Missing numbers become `null`. Write it with
 * `writeResultRecord`, read it back with `readResultRecord`. O(n·m).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * const record = toResultRecord(result, { date: '2026-01-15' });
 * record.year; // => 2026
 * record.villages.filter((v) => v.selected).length; // => 1
 */
export function toResultRecord(
  result: ScenarioResult,
  options: ToResultRecordOptions = {},
): ResultRecord {
  const { table, scenario } = result;
  const date = recordDate(options.date);
  const order = Array.from({ length: table.length }, (_, i) => i).sort((a, b) =>
    table.code[a]! < table.code[b]! ? -1 : table.code[a]! > table.code[b]! ? 1 : 0,
  );
  return {
    format: RESULT_RECORD_FORMAT,
    formatVersion: RESULT_RECORD_VERSION,
    year: options.year ?? scenario.year,
    district: mostCommon(table.kabupaten) ?? '',
    districtName: options.districtName ?? null,
    scenario,
    weights: { ...(result.stages?.weights.weights ?? {}) },
    provenance: { ...result.provenance, date, file: options.file ?? null },
    diagnostics: result.diagnostics.map(recordDiagnostic),
    villages: order.map((i) => recordVillage(result, i)),
  };
}

function recordDiagnostic(d: ScenarioResult['diagnostics'][number]): RecordDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.row === undefined ? {} : { row: d.row }),
    ...(d.column === undefined ? {} : { column: d.column }),
    ...(d.village === undefined ? {} : { village: d.village }),
    ...(d.path === undefined ? {} : { path: d.path }),
  };
}

function recordVillage(result: ScenarioResult, i: number): RecordVillage {
  const { table, scenario } = result;
  const s = result.stages;
  const values: Record<string, number | null> = {};
  for (const ind of scenario.indicators) {
    for (const column of [ind.column ?? ind.id, ind.denominator]) {
      if (column !== undefined) values[column] = fin(table.columns[column]?.[i]);
    }
  }
  const raw: Record<string, number | null> = {};
  const normalised: Record<string, number | null> = {};
  for (const id of result.indicators) {
    raw[id] = fin(s?.raw[id]?.[i]);
    normalised[id] = fin(s?.normalised[id]?.[i]);
  }
  return {
    code: table.code[i]!,
    name: table.name[i]!,
    kecamatan: table.kecamatan[i]!,
    kecamatanName: table.kecamatanName[i]!,
    kind: table.kind[i]!,
    rank: fin(s?.ranked.rank[i]),
    score: fin(s?.aggregated.score[i]),
    selected: s?.selected.selected[i] === 1,
    reason: s?.selected.reason[i] ?? 'unranked',
    reasonText: villageReason(result, i),
    values,
    raw,
    normalised,
  };
}

/** The run date as `YYYY-MM-DD`; a malformed date is a programmer error. */
function recordDate(date: string | Date | undefined): string | null {
  if (date === undefined) return null;
  if (typeof date === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw new Error(`toResultRecord requires date as YYYY-MM-DD (got ${JSON.stringify(date)})`);
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new Error('toResultRecord requires a valid date');
  return date.toISOString().slice(0, 10);
}
