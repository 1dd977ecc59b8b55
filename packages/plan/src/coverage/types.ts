import type { FundingSource } from '../read/fundingSources.ts';
import type { PlanNeed } from '../types.ts';

/** One need of a locus and the plan rows that address it. */
export interface NeedCoverage {
  readonly need: PlanNeed;
  /** Plan rows moving this indicator on this village. */
  readonly rows: readonly number[];
}

/** What the plan gives one locus. */
export interface LocusCoverage {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly kecamatanName: string;
  readonly rank: number | null;
  /** Plan rows covering the village, ascending. */
  readonly rows: readonly number[];
  /** Agencies with a row on it, sorted. */
  readonly agencies: readonly string[];
  /** Its share of the rows' budgets (each row split evenly over its villages), rupiah. */
  readonly budget: number;
  readonly poorHouseholds: number | null;
  /** `budget / poorHouseholds`; `null` when the count is unknown or zero. */
  readonly budgetPerPoorHousehold: number | null;
  readonly needs: readonly NeedCoverage[];
  /** Needs no row addresses. */
  readonly unaddressed: readonly PlanNeed[];
}

/** A village that gets the same kind of programme (same indicator) from more than one row. */
export interface DoubleCoverage {
  readonly village: string;
  readonly name: string;
  readonly locus: boolean;
  readonly indicator: string;
  readonly rows: readonly number[];
  readonly agencies: readonly string[];
}

/** A village that is not a locus but gets programmes (allowed; shown). */
export interface NonLocusCoverage {
  readonly code: string;
  readonly name: string;
  readonly kecamatanName: string;
  readonly rows: readonly number[];
  readonly budget: number;
}

/** The coverage of the loci by an action plan. */
export interface PlanCoverage {
  /** Every locus, in code order. */
  readonly loci: readonly LocusCoverage[];
  /** Loci no row covers, in code order. */
  readonly uncovered: readonly string[];
  /** Loci with at least one need no row addresses: code and the indicators. */
  readonly unaddressed: readonly {
    readonly village: string;
    readonly indicators: readonly string[];
  }[];
  readonly doubles: readonly DoubleCoverage[];
  readonly nonLoci: readonly NonLocusCoverage[];
  readonly totals: {
    readonly budget: number;
    readonly budgetOnLoci: number;
    readonly budgetOffLoci: number;
    readonly bySource: Readonly<Partial<Record<FundingSource, number>>>;
    readonly loci: number;
    readonly lociCovered: number;
    readonly needs: number;
    readonly needsAddressed: number;
  };
}
