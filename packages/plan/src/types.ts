import type { Diagnostic, Label } from '@lokus/core';
import type { PlanDiagnosticCode } from './messages/planDiagnosticCodes.ts';
import type { FundingSource } from './read/fundingSources.ts';

/** One need of a village: an indicator that made it a locus (a top driver of its score). */
export interface PlanNeed {
  /** Catalogue entry id when the indicator is in the catalogue (`rtlh_unit`), else its own id. */
  readonly indicator: string;
  /** The scenario's indicator id (`rtlh_per100kk`). */
  readonly scenarioIndicator: string;
  /** Short label, e.g. `RTLH per 100 KK`. */
  readonly label: Label;
  readonly unit: string;
  /** The village's value as scored (after denominators); `NaN` when missing. */
  readonly value: number;
  /** Rank of the value among the district's villages, neediest first (1 = neediest). */
  readonly districtRank: number;
  /** Number of villages with a value. */
  readonly rankedCount: number;
  /** `true` when a higher value means more need. */
  readonly higherIsWorse: boolean;
  /** How far the indicator lifts the village's score above the district average (explain step). */
  readonly relative: number;
}

/** A village as the plan sees it: locus or not, its needs, its poor households. */
export interface PlanVillage {
  readonly code: string;
  readonly name: string;
  /** Kecamatan code `PP.KK.CC`. */
  readonly kecamatan: string;
  readonly kecamatanName: string;
  readonly locus: boolean;
  /** Rank 1 = top priority; `null` when unranked. */
  readonly rank: number | null;
  /** Poor households (the count the budget is divided by); `null` when unknown. */
  readonly poorHouseholds: number | null;
  /** Top drivers of the score, largest first (empty for villages that are not loci). */
  readonly needs: readonly PlanNeed[];
}

/** A coded problem in a plan or agency file, with an English and an Indonesian sentence. */
export interface PlanDiagnostic extends Diagnostic<PlanDiagnosticCode> {
  /** The message in Bahasa Indonesia. */
  readonly messageId: string;
}

/** How a plan row names its villages. */
export type VillageScope =
  | { readonly kind: 'codes' }
  | { readonly kind: 'all-loci' }
  | { readonly kind: 'kecamatan'; readonly kecamatan: string };

/** One programme line of the annual action plan (RAT), checked. */
export interface PlanRow {
  /** 1-based data row (the first row under the header is 1). */
  readonly row: number;
  /** Physical line (CSV) or spreadsheet row (XLSX). */
  readonly line: number;
  readonly agency: string;
  readonly programme: string;
  readonly activity: string;
  /** Catalogue entry id of the indicator the programme moves. */
  readonly indicator: string;
  readonly target: number | null;
  readonly targetUnit: string;
  /** Budget of the whole row in rupiah, split evenly over its villages. */
  readonly budget: number;
  readonly source: FundingSource;
  readonly scope: VillageScope;
  /** The villages covered, canonical codes in code order. */
  readonly villages: readonly string[];
}

/** A plan file after reading: the usable rows, the rows set aside and why. */
export interface Plan {
  readonly file: string;
  readonly rows: readonly PlanRow[];
  /** Data rows set aside because of an error (each has at least one error diagnostic). */
  readonly setAside: readonly number[];
  readonly diagnostics: readonly PlanDiagnostic[];
}

/** An agency (OPD) for the assignment. */
export interface Agency {
  readonly name: string;
  /** Catalogue entry ids of the indicators the agency's programmes can move. */
  readonly mandate: readonly string[];
  /** Fewest and most villages it accompanies. */
  readonly min: number;
  readonly max: number;
  /** Kecamatan codes it prefers (e.g. where it already works). */
  readonly preferKecamatan: readonly string[];
  /** Village codes it prefers. */
  readonly preferVillages: readonly string[];
  /** Village codes it must accompany (pinned by the team). */
  readonly pinned: readonly string[];
}

/** An agency list after reading. */
export interface AgencyList {
  readonly file: string;
  readonly agencies: readonly Agency[];
  readonly setAside: readonly number[];
  readonly diagnostics: readonly PlanDiagnostic[];
}
