/**
 * Types of the multi-year trend.
 *
 * @module
 */
import type { YearChange, YearComparison } from '../compare/types.ts';
import type { ReportDiagnostic } from '../diagnostics.ts';

/** One village in one year; every field `null` where the village is absent that year. */
export interface TrendYear {
  readonly year: number;
  readonly rank: number | null;
  readonly score: number | null;
  readonly selected: boolean | null;
  /** Values of the key indicators as scored, by indicator id. */
  readonly indicators: Readonly<Record<string, number | null>>;
}

/** A village across the years. */
export interface TrendVillage {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly kecamatanName: string;
  /** One entry per year of the trend, in order. */
  readonly years: readonly TrendYear[];
  /** Number of years the village was a locus. */
  readonly lociYears: number;
}

/** A village that graduated: left the loci in `year` because its own need fell. */
export interface TrendGraduate {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly kecamatanName: string;
  /** The year it was first not a locus. */
  readonly year: number;
  /** The comparison entry that shows why (cause `need-fell`). */
  readonly change: YearChange;
}

/** A village that was a locus in every year. */
export interface TrendStayer {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly kecamatanName: string;
  /** Rank in each year. */
  readonly ranks: readonly (number | null)[];
}

/** The district target followed over the years (e.g. persons in extreme poverty). */
export interface TrendTarget {
  /** The input column summed (e.g. `miskin_ekstrem_jiwa`). */
  readonly column: string;
  readonly label: string;
  readonly unit: string | null;
  /** Sum over that year's loci. */
  readonly inLoci: readonly (number | null)[];
  /** Sum over the whole district. */
  readonly inDistrict: readonly (number | null)[];
  /** Villages with a value missing that year (left out of the sums, not guessed). */
  readonly missing: readonly number[];
  /** The goal for the district sum, when given (e.g. 0 for extreme poverty). */
  readonly goal: number | null;
  /** Sentences on the progress, in the trend's language. */
  readonly text: readonly string[];
}

/** One line of a chart: a value per year. */
export interface TrendSeries {
  readonly id: string;
  readonly label: string;
  readonly unit: string | null;
  readonly values: readonly (number | null)[];
}

/** Several years of results followed village by village. */
export interface Trend {
  readonly years: readonly number[];
  /** Key indicators shown per village and year (ids, with labels). */
  readonly indicators: readonly {
    readonly id: string;
    readonly label: string;
    readonly unit: string | null;
  }[];
  /** Every village present in any year, in code order. */
  readonly villages: readonly TrendVillage[];
  readonly graduates: readonly TrendGraduate[];
  /** The rule that makes a graduate, in words. */
  readonly graduateRule: string;
  readonly stayed: readonly TrendStayer[];
  readonly target: TrendTarget | null;
  /** Series for a chart: number of loci, graduates per year, the target in loci and district. */
  readonly series: readonly TrendSeries[];
  /** The comparisons of consecutive years. */
  readonly comparisons: readonly YearComparison[];
  readonly diagnostics: readonly ReportDiagnostic[];
}
