import type { AggregateMethodOptions } from '../aggregate/types.ts';
import type { ResolvedRobustness, RobustnessSpec } from '../robustness/types.ts';
import type { IndicatorMeta, MissingPolicy, VillageKind } from '../types.ts';
import type {
  AGGREGATE_METHODS,
  CLASSIFY_SCHEMES,
  NORMALISE_METHODS,
  SCOPES,
  SELECT_MODES,
  TREAT_METHODS,
  WEIGHT_METHODS,
} from './vocabulary.ts';

/** Outlier treatment. `coinr`: COINr's rule (skew/kurtosis test, winsorise, else log). */
export type TreatMethod = (typeof TREAT_METHODS)[number];

/** Normalisation; every method orients the result so that higher = more need. */
export type NormaliseMethod = (typeof NORMALISE_METHODS)[number];

/** How indicator weights are obtained. */
export type WeightMethod = (typeof WEIGHT_METHODS)[number];

/** How normalised indicators become one score. */
export type AggregateMethod = (typeof AGGREGATE_METHODS)[number];

/** Map classification schemes (mapclassify's names in kebab case). */
export type ClassifyScheme = (typeof CLASSIFY_SCHEMES)[number];

/** An indicator as used by a scenario: its metadata plus per-indicator settings. */
export interface ScenarioIndicator extends IndicatorMeta {
  /** Manual weight (method `manual`) or weight within its dimension (method `nested`). */
  readonly weight?: number;
  /** Goalposts `[low, high]` in the indicator's own units (after any denominator). */
  readonly goalposts?: readonly [number, number];
  /**
   * Alkire–Foster deprivation cutoff in the indicator's own units. A village is deprived when its
   * value is worse than the cutoff: above it for `higher-is-worse`, below it for `higher-is-better`.
   */
  readonly cutoff?: number;
  /** Overrides the scenario's outlier treatment for this indicator. */
  readonly treat?: TreatMethod;
}

/** Outlier-treatment settings (COINr `Treat()` defaults). */
export interface TreatSpec {
  readonly method: TreatMethod;
  /** Absolute skewness above which an indicator fails the test (default 2). */
  readonly skewMax: number;
  /** Excess kurtosis above which an indicator fails the test (default 3.5). */
  readonly kurtMax: number;
  /** Most points winsorised before falling back to a log transform (default 5). */
  readonly winsorMax: number;
}

/** Normalisation settings. */
export interface NormaliseSpec {
  readonly method: NormaliseMethod;
  /** Output range for `minmax` and `goalposts` (default [0, 100]). */
  readonly range: readonly [number, number];
}

/** Weighting settings. */
export interface WeightSpec {
  readonly method: WeightMethod;
  /** For `nested`: weight of each dimension (renormalised). Missing dimensions get equal weight. */
  readonly dimensions?: Readonly<Record<string, number>>;
}

/**
 * Aggregation settings; TOPSIS's `normalise` and PROMETHEE II's `preference`, `q` and `p` come
 * from {@link AggregateMethodOptions}.
 */
export interface AggregateSpec extends AggregateMethodOptions {
  readonly method: AggregateMethod;
  /** Alkire–Foster poverty cutoff k as a share of the total weight, in (0, 1] (default 1/3). */
  readonly k?: number;
  /** VIKOR weight of the strategy of the majority of criteria, in [0, 1] (default 0.5). */
  readonly v?: number;
}

/** A village forced in or out of the selection, with the reason recorded in the decree. */
export interface ForcedVillage {
  readonly code: string;
  readonly reason: string;
}

/** A minimum value a village must reach on an indicator to be eligible. */
export interface EligibilityMinimum {
  readonly indicator: string;
  readonly min: number;
}

/** How the loci are picked from the ranking. */
export type SelectMode = (typeof SELECT_MODES)[number];

/** Rules that pick the loci from the ranking. */
export interface SelectSpec {
  /** `top-n`: the n best ranked; `top-percent`: a share of ranked villages; `threshold`: score ≥ threshold. */
  readonly mode: SelectMode;
  readonly n?: number;
  readonly percent?: number;
  readonly threshold?: number;
  /** Per-kecamatan quota: at least `min` and at most `max` loci in every kecamatan. */
  readonly quota?: { readonly min?: number; readonly max?: number };
  readonly eligibility?: {
    readonly kinds?: readonly VillageKind[];
    readonly minimum?: readonly EligibilityMinimum[];
  };
  readonly include?: readonly ForcedVillage[];
  readonly exclude?: readonly ForcedVillage[];
  /** Last year's loci, kept when still eligible. */
  readonly carryOver?: readonly string[];
}

/** Map classification settings. */
export interface ClassifySpec {
  readonly scheme: ClassifyScheme;
  /** Number of classes (ignored by `idm-status` and `manual`). */
  readonly k: number;
  /** Upper bounds for `manual`. */
  readonly breaks?: readonly number[];
  /** What is classified: the score (default) or one indicator's raw values. */
  readonly field?: string;
}

/** Where villages are compared: the whole table, or each province or kabupaten/kota. */
export type ScopeBy = (typeof SCOPES)[number];

/**
 * The ranking scope. With `by: 'kabupaten'` (or `'province'`) the table is split by the village
 * code's prefix (`PP.KK`, or `PP`) and every stage that compares villages — imputation by mean or
 * median, outlier treatment, normalisation, data-driven weights, aggregation methods that compare
 * villages (TOPSIS, VIKOR, PROMETHEE II, Copeland), ranking, the selection target (`n` and
 * `percent` are per group: `n: 5` picks 5 loci in every kabupaten), kecamatan quotas and class
 * breaks — runs within each group: each group's part of the result equals a run of that group's
 * rows alone. Forced include/exclude and carry-over apply to their own village. The group is read
 * from the village code's prefix only (`scopeGroups`): a column such as `kode_kab` among the
 * table's columns is not read, the code wins; a code without a group is an error, never dropped.
 * Without `scope` the whole table is one pool, with a `POOLED_KABUPATEN` warning when it holds
 * more than one kabupaten.
 */
export interface ScopeSpec {
  readonly by: ScopeBy;
}

/** A declarative scenario, as written in JSON or YAML. */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly year?: number;
  readonly indicators: readonly ScenarioIndicator[];
  readonly missing?: MissingPolicy;
  readonly treat?: Partial<TreatSpec>;
  readonly normalise?: Partial<NormaliseSpec>;
  readonly weights?: Partial<WeightSpec>;
  readonly aggregate?: Partial<AggregateSpec>;
  readonly select?: SelectSpec;
  readonly classify?: Partial<ClassifySpec>;
  /**
   * Rank within each kabupaten/kota or province instead of across the whole table (default `all`,
   * one pool); see {@link ScopeSpec}.
   */
  readonly scope?: ScopeSpec;
  /** How sure the loci are: the Monte Carlo analysis of `analyseRobustness` (optional). */
  readonly robustness?: RobustnessSpec;
  /**
   * Origins outside the analyst's computer (`https://host`) that the tool showing this scenario
   * loaded from, e.g. a basemap; written by the viewer's export, informational only: it does not
   * change the result nor the scenario fingerprint.
   */
  readonly outsideSources?: readonly string[];
}

/** A scenario with every default filled in; what `runScenario` actually ran. */
export interface ResolvedScenario {
  readonly name: string;
  readonly description: string;
  readonly year: number | null;
  readonly indicators: readonly ScenarioIndicator[];
  readonly missing: MissingPolicy;
  readonly treat: TreatSpec;
  readonly normalise: NormaliseSpec;
  readonly weights: WeightSpec;
  readonly aggregate: AggregateSpec;
  readonly select: SelectSpec;
  readonly classify: ClassifySpec;
  /**
   * The ranking scope, when the scenario states one (absent = `all`, one pool; kept absent so the
   * fingerprint of a scenario without it does not change).
   */
  readonly scope?: ScopeSpec;
  /** The robustness block with its defaults, when the scenario declares one. */
  readonly robustness?: ResolvedRobustness;
}
