import type {
  AggregateMethod,
  ClassifyScheme,
  ResolvedScenario,
  TreatMethod,
  WeightMethod,
} from './scenario/types.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from './types.ts';

/** Output of the impute stage, per indicator. */
export interface ImputeOutput {
  /** Values with missing ones filled (or still `NaN` under policy `none`). */
  readonly values: Float64Array;
  /** 1 where the value was imputed. */
  readonly imputed: Uint8Array;
}

/** What outlier treatment did to one indicator (COINr's treatment log). */
export interface TreatLog {
  readonly indicator: string;
  readonly requested: TreatMethod;
  /** What was finally applied. */
  readonly applied: 'none' | 'winsorise' | 'log';
  readonly skew: number;
  /** Excess kurtosis. */
  readonly kurtosis: number;
  readonly skewAfter: number;
  readonly kurtosisAfter: number;
  /** Number of values winsorised at the low and the high end. */
  readonly winsorisedLow: number;
  readonly winsorisedHigh: number;
}

/** Output of the treat stage, per indicator. */
export interface TreatOutput {
  readonly values: Float64Array;
  readonly log: TreatLog;
}

/** Output of the weight stage: one weight per indicator, summing to 1. */
export interface WeightOutput {
  readonly method: WeightMethod;
  readonly weights: Readonly<Record<string, number>>;
  /** For `nested`: the (renormalised) dimension weights. */
  readonly dimensions?: Readonly<Record<string, number>>;
}

/** Output of the aggregate stage. Higher score = higher priority, for every method. */
export interface AggregateOutput {
  readonly method: AggregateMethod;
  /** One score per village; `NaN` for villages left unranked. */
  readonly score: Float64Array;
  /**
   * Method-specific per-village columns, e.g. TOPSIS `dPlus`/`dMinus`, VIKOR `S`/`R`/`Q`,
   * Alkire–Foster `deprivationScore`/`poor`, Copeland `wins`/`losses`.
   */
  readonly details: Readonly<Record<string, Float64Array>>;
  /** Method-specific totals, e.g. Alkire–Foster `H`, `A`, `M0`. */
  readonly summary: Readonly<Record<string, number>>;
}

/** Output of the rank stage. Rank 1 = highest priority; ties share the minimum rank. */
export interface RankOutput {
  /** Rank among all ranked villages; `NaN` for unranked (missing score). */
  readonly rank: Float64Array;
  /** Rank within the village's kecamatan; `NaN` for unranked. */
  readonly rankInKecamatan: Float64Array;
  /** Village indices from rank 1 down, ties by code; unranked villages last, by code. */
  readonly order: Int32Array;
}

/** Why a village was selected. */
export type SelectedReason =
  | 'forced-include'
  | 'carry-over'
  | 'quota-minimum'
  | 'rank'
  | 'threshold';

/** Why a village was not selected. */
export type NotSelectedReason =
  | 'forced-exclude'
  | 'ineligible-kind'
  | 'ineligible-minimum'
  | 'quota-maximum'
  | 'below-cutoff'
  | 'unranked';

/** Output of the select stage. */
export interface SelectOutput {
  /** 1 where the village is a locus. */
  readonly selected: Uint8Array;
  readonly reason: readonly (SelectedReason | NotSelectedReason)[];
  /**
   * A sentence per village explaining the reason (English), e.g. the forced-include reason text.
   * Built the first time it is read (an accessor), then kept: the same strings on every read.
   */
  readonly detail: readonly string[];
  readonly count: number;
}

/** Map classification, one shape for every scheme (mapclassify's `bins`, `yb`, `counts`). */
export interface Classification {
  readonly scheme: ClassifyScheme;
  readonly k: number;
  /** Inclusive upper bound of each class, ascending. */
  readonly bins: readonly number[];
  /** Class index (0-based) of each value; -1 for missing values. */
  readonly classOf: Int32Array;
  readonly counts: readonly number[];
  /** Optional class labels (e.g. IDM status names). */
  readonly labels?: readonly string[];
}

/**
 * What one group of a scoped run (`scope.by` kabupaten or province) computed from its own
 * villages: the parameters that differ between groups. Its villages' per-village values are in
 * the run's {@link Stages} arrays, at their rows of the table.
 */
export interface ScopeGroup {
  /** Kabupaten code `PP.KK` or province code `PP`. */
  readonly key: string;
  /** Rows of the table in this group, ascending. */
  readonly rows: Int32Array;
  /** The outlier treatment of each indicator in this group. */
  readonly treated: Readonly<Record<string, TreatLog>>;
  /**
   * Lowest and highest treated value of each indicator in this group: the values the group's
   * normalisation scaled (`minmax` maps them to the ends of `normalise.range`). `[NaN, NaN]` when
   * the group has no value.
   */
  readonly bounds: Readonly<Record<string, readonly [number, number]>>;
  /** The group's weights (differ between groups only for `entropy` and `critic`). */
  readonly weights: WeightOutput;
  /** The aggregation's totals for this group, e.g. Alkire–Foster `H`, `A`, `M0`. */
  readonly summary: Readonly<Record<string, number>>;
  /** Villages ranked in this group. */
  readonly ranked: number;
  /** Loci the selection aimed at in this group; `null` in threshold mode (no number). */
  readonly target: number | null;
  /** The cutoff in words, e.g. `top 10% of 240 ranked = 24 loci`. */
  readonly cutoff: string;
  /** Loci selected in this group. */
  readonly selected: number;
  /** The group's class breaks and counts. */
  readonly classes: Pick<Classification, 'bins' | 'counts'>;
}

/** How a scoped run split the table; present in {@link Stages} only when it did. */
export interface ScopeStages {
  readonly by: 'province' | 'kabupaten';
  /** The groups in ascending order of their key. */
  readonly groups: readonly ScopeGroup[];
}

/**
 * Every stage of one run, kept so a run can be inspected, explained and replayed.
 * Treat every array as read-only: where a stage changes nothing (no missing value to impute, no
 * outlier to treat, no denominator) it shares the previous stage's array, or the table's, rather
 * than copying it.
 */
export interface Stages {
  /** Indicator values after denominators are applied, before imputation. */
  readonly raw: IndicatorColumns;
  readonly imputed: Readonly<Record<string, ImputeOutput>>;
  /** 1 where a village is left unranked because of missing values under policy `none`. */
  readonly excluded: Uint8Array;
  readonly treated: Readonly<Record<string, TreatOutput>>;
  /** Oriented normalised values: higher = more need. */
  readonly normalised: IndicatorColumns;
  readonly weights: WeightOutput;
  readonly aggregated: AggregateOutput;
  readonly ranked: RankOutput;
  readonly selected: SelectOutput;
  readonly classes: Classification;
  /**
   * Present when the scenario ranks within each kabupaten or province (`scope.by`). Then every
   * per-village array above holds each village's value from its own group's run, in table row
   * order; `ranked.rank` is the rank within the group and `ranked.order` lists the groups one
   * after the other (ascending key), each from its rank 1 down. The per-group parameters are
   * here; the run-wide ones summarise them: `weights` are the groups' weights when they all agree
   * (every method but `entropy` and `critic`), else their mean weighted by villages;
   * `treated[id].log` counts winsorised values over the groups and names the strongest treatment
   * applied in any group (skew and kurtosis `NaN`; one group: its own log); `aggregated.summary` keeps the totals every
   * group shares; `classes.counts` adds the groups' counts and `classes.bins` are the groups'
   * bins when they all agree, else each class's highest upper bound over the groups.
   */
  readonly scope?: ScopeStages;
}

/** Where a result came from: enough to prove two runs used the same inputs. */
export interface Provenance {
  /** SHA-256 of the village table's content, 64 hex digits (see `tableHash`). */
  readonly inputHash: string;
  /** SHA-256 of the resolved scenario as canonical JSON (UTF-8), 64 hex digits. */
  readonly scenarioHash: string;
  readonly library: string;
  readonly version: string;
}

/** The result of `runScenario`. `stages` is `null` when an error diagnostic stopped scoring. */
export interface ScenarioResult {
  readonly ok: boolean;
  readonly scenario: ResolvedScenario;
  readonly table: VillageTable;
  /** Indicator ids in scenario order. */
  readonly indicators: readonly string[];
  readonly stages: Stages | null;
  readonly diagnostics: readonly CoreDiagnostic[];
  readonly provenance: Provenance;
}
