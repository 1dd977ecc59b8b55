/**
 * The result record: what `lokus score` writes so that next year's run can be compared with
 * this one, and several years followed. Plain JSON (missing numbers are `null`).
 *
 * @module
 */
import type { ResolvedScenario, Severity, VillageKind } from '@lokus/core';

/** The format marker and version every record carries. */
export const RESULT_RECORD_FORMAT = 'lokus-result';
/** The record version this package writes and reads. */
export const RESULT_RECORD_VERSION = 1;

/** One village in a result record. */
export interface RecordVillage {
  /** Canonical code `PP.KK.CC.TDDD`. */
  readonly code: string;
  readonly name: string;
  /** Kecamatan code `PP.KK.CC`. */
  readonly kecamatan: string;
  /** Kecamatan name, `''` when the input had none. */
  readonly kecamatanName: string;
  readonly kind: VillageKind;
  /** Rank 1 = top priority; `null` when unranked. */
  readonly rank: number | null;
  readonly score: number | null;
  readonly selected: boolean;
  /** Selection reason code (`rank`, `quota-maximum`, `forced-include`, …). */
  readonly reason: string;
  /** The reason in words (Bahasa Indonesia), with a forced decision's own reason. */
  readonly reasonText: string;
  /** The input columns the scenario used (indicator columns and denominators), as read. */
  readonly values: Readonly<Record<string, number | null>>;
  /** Indicator values as scored (after denominators, before imputation), by indicator id. */
  readonly raw: Readonly<Record<string, number | null>>;
  /** Oriented normalised values (higher = more need), by indicator id. */
  readonly normalised: Readonly<Record<string, number | null>>;
}

/** A diagnostic of the run, as recorded. */
export interface RecordDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly row?: number;
  readonly column?: string;
  readonly village?: string;
  readonly path?: string;
}

/** Where a recorded result came from. */
export interface RecordProvenance {
  readonly inputHash: string;
  readonly scenarioHash: string;
  readonly library: string;
  readonly version: string;
  /** Date of the run as `YYYY-MM-DD`, given by the caller (never the clock); `null` if not given. */
  readonly date: string | null;
  /** Name of the village table file, when known. */
  readonly file: string | null;
}

/** A scored year, serialisable. Villages are in code order. */
export interface ResultRecord {
  readonly format: typeof RESULT_RECORD_FORMAT;
  readonly formatVersion: typeof RESULT_RECORD_VERSION;
  /** The year of the decision: the scenario's year, or the option. */
  readonly year: number | null;
  /** Kabupaten/kota code `PP.KK` (the most common one among the villages). */
  readonly district: string;
  readonly districtName: string | null;
  readonly scenario: ResolvedScenario;
  readonly weights: Readonly<Record<string, number>>;
  readonly provenance: RecordProvenance;
  readonly diagnostics: readonly RecordDiagnostic[];
  readonly villages: readonly RecordVillage[];
}
