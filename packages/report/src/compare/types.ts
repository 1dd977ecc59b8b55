/**
 * Types of the year-over-year comparison.
 *
 * @module
 */
import type { ReportDiagnostic } from '../diagnostics.ts';

/**
 * Why a village entered or left the loci, as a code (the words are in `YearChange.text`):
 *
 * - `forced-in` / `forced-out`: the scenario forces it in or out this year;
 * - `forced-in-ended` / `forced-out-ended`: it was forced in (out) last year and is not now;
 * - `carried-over`: kept as last year's locus (entered only when last year's record disagrees);
 * - `rule-ended`: it was a locus last year only by a rule (carried over, kecamatan minimum quota);
 * - `quota`: the kecamatan quota took it in (minimum) or kept it out (maximum), this year or last;
 * - `newly-eligible` / `no-longer-eligible`: its kind or an indicator minimum changed eligibility;
 * - `newly-ranked` / `unranked`: its score could (not) be computed (missing values);
 * - `need-rose` / `need-fell`: its own indicators changed — a weighted net rise or fall in need
 *   (see `needChange`); `need-fell` on leaving is a graduation;
 * - `others-moved`: its own need did not rise (entering) or fall (leaving); other villages moved;
 * - `code-appeared` / `code-vanished`: the village code is only in this year's or last year's data
 *   (pemekaran, merged villages, or a data error).
 */
export type ChangeCause =
  | 'forced-in'
  | 'forced-out'
  | 'forced-in-ended'
  | 'forced-out-ended'
  | 'carried-over'
  | 'rule-ended'
  | 'quota'
  | 'newly-eligible'
  | 'no-longer-eligible'
  | 'newly-ranked'
  | 'unranked'
  | 'need-rose'
  | 'need-fell'
  | 'others-moved'
  | 'code-appeared'
  | 'code-vanished';

/** How one indicator of one village moved between the two years. */
export interface IndicatorMove {
  readonly id: string;
  readonly label: string;
  readonly unit: string | null;
  readonly previous: number | null;
  readonly current: number | null;
  /** `current − previous` in the indicator's unit; `null` when either is missing. */
  readonly change: number | null;
  /** True when the change means less need (lower for higher-is-worse, higher for higher-is-better). */
  readonly improved: boolean;
  /**
   * The change in need: the oriented change in units of last year's district standard deviation,
   * times this year's weight (positive = more need). 0 when either value is missing.
   */
  readonly needChange: number;
  /** E.g. `Persentase KK desil 1 turun dari 12,50% menjadi 8,20% (−4,30 poin persen)`. */
  readonly text: string;
}

/** A village that entered or left the loci. */
export interface YearChange {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly kecamatanName: string;
  readonly rankPrevious: number | null;
  readonly rankCurrent: number | null;
  /** Selection reason codes of `@lokus/core`; `null` where the code is absent that year. */
  readonly reasonPrevious: string | null;
  readonly reasonCurrent: string | null;
  readonly cause: ChangeCause;
  /** Weighted net change in need over the shared indicators (see `IndicatorMove.needChange`). */
  readonly needChange: number;
  /** Indicator moves, largest change in need first (by absolute `needChange`). */
  readonly indicators: readonly IndicatorMove[];
  /** The reason in words, naming the indicators and by how much where that is the cause. */
  readonly text: string;
}

/** A village present in both years. */
export interface VillageShift {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly rankPrevious: number | null;
  readonly rankCurrent: number | null;
  /** `rankCurrent − rankPrevious`: negative = moved up (higher priority). `null` if unranked. */
  readonly shift: number | null;
  readonly selectedPrevious: boolean;
  readonly selectedCurrent: boolean;
}

/** Agreement of the two years' rankings and selections. */
export interface YearAgreement {
  readonly previousLoci: number;
  readonly currentLoci: number;
  /** Loci in both years. */
  readonly overlap: number;
  /** |A ∩ B| / |A ∪ B| of the loci codes (1 when both are empty). */
  readonly jaccard: number;
  /** Villages ranked in both years; the correlations are over them. */
  readonly rankedInBoth: number;
  readonly spearman: number;
  readonly kendallTauB: number;
}

/** The comparison of this year's result with last year's. */
export interface YearComparison {
  readonly previousYear: number | null;
  readonly currentYear: number | null;
  /**
   * True when both years used the same method: the scenarios are equal apart from the year and
   * the yearly lists (villages forced in or out, last year's loci carried over).
   */
  readonly sameScenario: boolean;
  readonly villages: readonly VillageShift[];
  /** Loci this year that were not last year, by this year's rank. */
  readonly entered: readonly YearChange[];
  /** Last year's loci that are not this year, by last year's rank. */
  readonly left: readonly YearChange[];
  /** Codes only in this year's data, and only in last year's, in code order. */
  readonly appeared: readonly string[];
  readonly vanished: readonly string[];
  readonly agreement: YearAgreement;
  /** Summary sentences in the requested language. */
  readonly summary: readonly string[];
  readonly diagnostics: readonly ReportDiagnostic[];
}
