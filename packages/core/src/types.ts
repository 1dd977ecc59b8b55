/**
 * Shared types of the lokus scoring pipeline.
 *
 * Conventions used everywhere in `@lokus/core`:
 * - Village codes are Kemendagri codes in the dotted canonical form `PP.KK.CC.TDDD`.
 * - Numeric data is columnar: one `Float64Array` per indicator, `NaN` = missing.
 * - After normalisation every indicator is *oriented*: higher always means more need, i.e. higher
 *   priority for poverty programmes. Scores follow the same rule; rank 1 is the highest priority.
 * - Functions never mutate their inputs.
 *
 * @module
 */
import type {
  DIRECTIONS,
  INDICATOR_KINDS,
  MISSING_POLICIES,
  VILLAGE_KINDS,
} from './scenario/vocabulary.ts';

/** Desa (rural village, T = 2 in the code) or kelurahan (urban ward, T = 1). */
export type VillageKind = (typeof VILLAGE_KINDS)[number];

/** What an indicator measures; drives validation (counts ≥ 0, shares within their range, …). */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * `higher-is-worse`: a higher value means more need (e.g. households in desil 1).
 * `higher-is-better`: a higher value means more development (e.g. IDM).
 */
export type Direction = (typeof DIRECTIONS)[number];

/** How missing values are handled before scoring. `none` keeps the village but leaves it unranked. */
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

/** A text in Bahasa Indonesia and English. */
export interface Label {
  readonly id: string;
  readonly en: string;
}

/** Indicator metadata, kept apart from the data (COINr's iMeta). */
export interface IndicatorMeta {
  /** Indicator id, unique within a scenario, e.g. `desil1_pct`. */
  readonly id: string;
  /**
   * Column of the village table holding the values (default: `id`). Lets two indicators read the
   * same column, e.g. the count of desil 1 households and, with a denominator, their share.
   */
  readonly column?: string;
  readonly label: Label;
  /** Unit as shown to users, e.g. `KK`, `%`, `index 0–1`. */
  readonly unit?: string;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  readonly source?: string;
  readonly year?: number;
  /**
   * Id of another column to divide by (turns a count into a rate). The ratio is multiplied by
   * `per` (default 1; use 100 for percent, 1000 for per mille).
   */
  readonly denominator?: string;
  readonly per?: number;
  /** Missing-data policy for this indicator; the scenario's default applies when absent. */
  readonly missing?: MissingPolicy;
  /** Valid range for `share` (default [0, 1]) and `index` (no default) indicators. */
  readonly range?: readonly [number, number];
  /** Dimension for nested weighting (e.g. IDM's `IKS`, `IKE`, `IKL`). */
  readonly dimension?: string;
}

/** One value per village for each indicator id. `NaN` marks a missing value. */
export type IndicatorColumns = Readonly<Record<string, Float64Array>>;

/**
 * The village table: columnar, one entry per village in input order.
 * Code-derived fields are always filled from the canonical code.
 */
export interface VillageTable {
  readonly length: number;
  /** Canonical dotted Kemendagri code, `PP.KK.CC.TDDD`. */
  readonly code: readonly string[];
  readonly name: readonly string[];
  /** Kecamatan code `PP.KK.CC`. */
  readonly kecamatan: readonly string[];
  /** Kecamatan name where the input gave one, else `''`. */
  readonly kecamatanName: readonly string[];
  /** Kabupaten/kota code `PP.KK`. */
  readonly kabupaten: readonly string[];
  /** Province code `PP`. */
  readonly province: readonly string[];
  readonly kind: readonly VillageKind[];
  /** Numeric columns by id (indicators and denominators). */
  readonly columns: IndicatorColumns;
}

/**
 * One village as plain data, the input of `createTable`. Codes may be dotted (`33.21.01.2001`)
 * or plain (`3321012001`); values are numbers, with `null`/`undefined`/`NaN` for missing.
 */
export interface VillageRecord {
  readonly code: string;
  readonly name?: string;
  readonly kecamatanName?: string;
  readonly values: Readonly<Record<string, number | null | undefined>>;
}

/** How serious a diagnostic is. `error` stops scoring; `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A coded problem report (publint style): tests assert lists of codes, users read the message.
 * Row numbers are 1-based data-record numbers (the first record after any header is row 1).
 */
export interface Diagnostic<Code extends string = string> {
  readonly code: Code;
  readonly severity: Severity;
  /** One sentence, in English, naming what is wrong and where. */
  readonly message: string;
  readonly file?: string;
  readonly row?: number;
  /** Physical line or spreadsheet row where a reader knows it. */
  readonly line?: number;
  readonly column?: string;
  readonly value?: unknown;
  /** Village code concerned, where there is one. */
  readonly village?: string;
  /** JSON path inside a scenario, e.g. `weights.idm_iks`. */
  readonly path?: string;
  /**
   * The group of a scoped run (`scope.by` kabupaten or province) the diagnostic is about: its
   * kabupaten code `PP.KK` or province code `PP`.
   */
  readonly group?: string;
}

/** Diagnostic codes produced by `@lokus/core`. */
export type CoreDiagnosticCode =
  // table
  | 'EMPTY_TABLE'
  | 'MISSING_VILLAGE_CODE'
  | 'MALFORMED_VILLAGE_CODE'
  | 'DUPLICATE_VILLAGE_CODE'
  | 'NON_FINITE_VALUE'
  | 'NEGATIVE_COUNT'
  | 'SHARE_OUT_OF_RANGE'
  | 'INDEX_OUT_OF_RANGE'
  | 'BINARY_NOT_ZERO_ONE'
  | 'ZERO_DENOMINATOR'
  | 'UNKNOWN_INDICATOR'
  | 'UNKNOWN_COLUMN'
  | 'MISSING_VALUE'
  // pipeline
  | 'IMPUTED'
  | 'EXCLUDED_MISSING'
  | 'CONSTANT_INDICATOR'
  | 'OUTLIER_WINSORISED'
  | 'OUTLIER_LOG_TRANSFORMED'
  | 'OUTLIER_UNRESOLVED'
  | 'GEOMETRIC_NON_POSITIVE'
  | 'AGGREGATION_TOO_LARGE'
  // selection
  | 'QUOTA_IMPOSSIBLE'
  | 'QUOTA_MINIMUM_UNMET'
  | 'SELECTION_CONFLICT'
  | 'FORCED_UNKNOWN_VILLAGE'
  | 'CARRY_OVER_UNKNOWN_VILLAGE'
  | 'SELECTION_SHORT'
  // scope
  | 'POOLED_KABUPATEN'
  | 'SCOPE_GROUP_UNKNOWN'
  | 'ROBUSTNESS_SCOPED'
  // scenario
  | 'SCENARIO_INVALID';

/** A diagnostic from `@lokus/core`. */
export type CoreDiagnostic = Diagnostic<CoreDiagnosticCode>;

/** A random number generator returning floats in [0, 1), e.g. from {@link createRng}. */
export type Rng = () => number;
