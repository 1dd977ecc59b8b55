import type { AggregateMethod, NormaliseMethod } from '../scenario/types.ts';

/**
 * How the agreed weights vary from draw to draw: `none`; `uniform`, each weight times
 * (1 + f·(2u − 1)) with u uniform in [0, 1), then rescaled to sum to 1; `dirichlet`, a Dirichlet
 * draw with mean the agreed weights and concentration c (larger c = closer to the agreed weights).
 */
export type WeightPerturbation = 'none' | 'uniform' | 'dirichlet';

/** The choices that vary between draws, as written in a scenario's `robustness` block. */
export interface RobustnessSpec {
  /** Monte Carlo draws (default 1000). */
  readonly draws?: number;
  /** Seed of the draws (default 1). Same seed, same result. */
  readonly seed?: number;
  readonly weights?: {
    readonly method?: WeightPerturbation;
    /** `uniform`: relative range f in [0, 1) (default 0.2, i.e. ±20 %). */
    readonly factor?: number;
    /** `dirichlet`: concentration c > 0 (default 100). */
    readonly concentration?: number;
  };
  /** Normalisations drawn with equal probability (default: the scenario's own only). */
  readonly normalise?: readonly NormaliseMethod[];
  /** Aggregations drawn with equal probability (default: the scenario's own only). */
  readonly aggregate?: readonly AggregateMethod[];
  /** Probability in [0, 1] that a draw drops one indicator, chosen uniformly (default 0). */
  readonly dropIndicator?: number;
  /** Base samples N of the Sobol design, N·(k + 2) extra runs for k varied choices; 0 = none (default 256). */
  readonly sobol?: number;
  /** Probability thresholds of the village flags. */
  readonly thresholds?: {
    /** At or above: `stable-locus` (default 0.9). */
    readonly stableLocus?: number;
    /** At or below: `stable-non-locus` (default 0.1). */
    readonly stableNonLocus?: number;
  };
}

/** A `robustness` block with every default filled in: what an analysis actually ran. */
export interface ResolvedRobustness {
  readonly draws: number;
  readonly seed: number;
  readonly weights: {
    readonly method: WeightPerturbation;
    readonly factor: number;
    readonly concentration: number;
  };
  /** Never empty once resolved against a scenario; empty means "the scenario's own" otherwise. */
  readonly normalise: readonly NormaliseMethod[];
  readonly aggregate: readonly AggregateMethod[];
  readonly dropIndicator: number;
  readonly sobol: number;
  readonly thresholds: { readonly stableLocus: number; readonly stableNonLocus: number };
}

/** The choices of one draw. */
export interface RobustnessChoice {
  /** Relative weights in indicator order (rescaled to sum 1 when scoring; dropped = 0). */
  readonly weights: Float64Array;
  readonly normalise: NormaliseMethod;
  readonly aggregate: AggregateMethod;
  /** Index of the dropped indicator, or −1. */
  readonly dropped: number;
}

/** A choice a meeting argues about, i.e. one factor of the sensitivity analysis. */
export type RobustnessFactor = 'weights' | 'normalise' | 'aggregate' | 'dropIndicator';

/** The stability flag of a village. */
export type RobustnessFlag = 'stable-locus' | 'stable-non-locus' | 'borderline';

/**
 * The tallies of a range of draws `[from, to)`. Parts of consecutive ranges merge
 * (`mergeRobustnessParts`) into exactly the part of the whole range.
 */
export interface RobustnessPart {
  readonly from: number;
  readonly to: number;
  /** Per village: in how many draws it was selected. */
  readonly selectedCount: Uint32Array;
  /**
   * Per village i and rank r (1-based): how many draws gave village i rank r, at
   * `i·n + r − 1`; `null` for tables above `ROBUSTNESS_RANK_MAX_VILLAGES`.
   */
  readonly rankHistogram: Uint32Array | null;
  /** Per draw: number of loci. */
  readonly loci: Float64Array;
  /** Per draw: villages whose selection differs from the base run (symmetric difference). */
  readonly changes: Float64Array;
  /** Per choice level (`RobustnessModel.levels`): in how many draws it was taken. */
  readonly levelDraws: Uint32Array;
  /** Per village i and level l: draws at that level selecting i, at `i·L + l`. */
  readonly levelSelected: Uint32Array;
}

/** One value of a discrete choice: a normalisation, an aggregation, or the dropped indicator. */
export interface ChoiceLevel {
  readonly factor: 'normalise' | 'aggregate' | 'dropIndicator';
  /** Method name, indicator id, or `none` (no indicator dropped). */
  readonly value: string;
}

/** Model outputs of a range `[from, to)` of Sobol base samples (Saltelli's design). */
export interface SobolPart {
  readonly from: number;
  readonly to: number;
  /** f(A) per sample. */
  readonly fA: Float64Array;
  /** f(B) per sample. */
  readonly fB: Float64Array;
  /** Per factor i: f(A with factor i taken from B) per sample. */
  readonly fAB: readonly Float64Array[];
}

/** First-order and total Sobol indices of one factor. */
export interface SobolIndex {
  readonly factor: string;
  /** First-order index S_i (Saltelli 2010 estimator). */
  readonly first: number;
  /** Total index S_Ti (Jansen 1999 estimator). */
  readonly total: number;
}

/** Sobol indices of a model output. */
export interface SobolResult {
  /** Base samples N. */
  readonly samples: number;
  /** Mean and variance of the output over the 2N runs of A and B. */
  readonly mean: number;
  readonly variance: number;
  readonly indices: readonly SobolIndex[];
}

/** How the selection changes when one indicator is left out. */
export interface LeaveOneOut {
  readonly indicator: string;
  /** Codes of villages selected without the indicator but not in the base run. */
  readonly entered: readonly string[];
  /** Codes of villages selected in the base run but not without the indicator. */
  readonly left: readonly string[];
}

/** Result of a robustness analysis. */
export interface RobustnessResult {
  readonly spec: ResolvedRobustness;
  /** Village codes, in table order. */
  readonly codes: readonly string[];
  /** The scenario's own selection (1 = locus) and ranks. */
  readonly base: { readonly selected: Uint8Array; readonly rank: Float64Array };
  /** Per village: share of draws in which it was selected, in [0, 1]. */
  readonly probability: Float64Array;
  readonly flag: readonly RobustnessFlag[];
  /**
   * Per village: median rank and the 5th and 95th percentile ranks over the draws (type 7
   * quantiles; `NaN` when never ranked); `null` above `ROBUSTNESS_RANK_MAX_VILLAGES` villages.
   */
  readonly rank: {
    readonly median: Float64Array;
    readonly low: Float64Array;
    readonly high: Float64Array;
  } | null;
  /** Mean number of loci per draw (the sum of `probability`). */
  readonly meanLoci: number;
  /** Villages whose selection differs from the base run, over the draws. */
  readonly changes: {
    readonly mean: number;
    readonly median: number;
    readonly p95: number;
    readonly max: number;
  };
  /**
   * Selection counts per value of each discrete choice, for "why is this village borderline":
   * `levels[l]`, `draws[l]` draws took it, `selected[i·L + l]` of them selected village i.
   */
  readonly byChoice: {
    readonly levels: readonly ChoiceLevel[];
    readonly draws: Uint32Array;
    readonly selected: Uint32Array;
  };
  /** Sobol indices of `changes` per varied choice; `null` when `sobol` is 0 or nothing varies. */
  readonly sobol: SobolResult | null;
  readonly leaveOneOut: readonly LeaveOneOut[];
}
