import type { Diagnostic } from '@lokus/core';

/**
 * Diagnostic codes produced by `@lokus/report`.
 *
 * Result records: `RECORD_INVALID_JSON` (not JSON; with line and column), `RECORD_NOT_A_RESULT`
 * (JSON, but not a lokus result record), `RECORD_VERSION_UNSUPPORTED`, `RECORD_INVALID` (a field
 * has the wrong type or value; with its JSON path and value), `RECORD_DUPLICATE_VILLAGE` (a
 * village code listed twice), `RECORD_SCENARIO_INVALID` (the recorded scenario does not resolve).
 *
 * Year over year and trends: `YEAR_ORDER` (years not increasing, or the same year twice),
 * `DIFFERENT_DISTRICT` (records of different districts compared), `CODE_APPEARED` and
 * `CODE_VANISHED` (village codes that appear or vanish between years: pemekaran or data errors).
 */
export type ReportDiagnosticCode =
  | 'RECORD_INVALID_JSON'
  | 'RECORD_NOT_A_RESULT'
  | 'RECORD_VERSION_UNSUPPORTED'
  | 'RECORD_INVALID'
  | 'RECORD_DUPLICATE_VILLAGE'
  | 'RECORD_SCENARIO_INVALID'
  | 'YEAR_ORDER'
  | 'DIFFERENT_DISTRICT'
  | 'CODE_APPEARED'
  | 'CODE_VANISHED';

/** A diagnostic from `@lokus/report`. */
export type ReportDiagnostic = Diagnostic<ReportDiagnosticCode>;
