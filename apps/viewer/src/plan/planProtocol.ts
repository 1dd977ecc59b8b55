/** What the viewer asks of the plan step in the scoring worker, and what it gets back. */
import type { Label } from '@lokus/core';
import type { AssignmentResult, PlanCoverage, PlanDiagnostic } from '@lokus/plan';

/** A file the analyst chose: its name (written into diagnostics) and its bytes. */
export interface PlanFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One agency pinned to a village by the analyst (kept while the assignment is solved again). */
export interface PlanPin {
  readonly agency: string;
  readonly village: string;
}

/** The body of a `plan` request: only what changes; the worker keeps the files it was given. */
export interface PlanRequestBody {
  /** A new action plan; `null` removes it; absent keeps the one loaded. */
  readonly plan?: PlanFileInput | null;
  /** A new agency list; `null` removes it (and the assignment); absent keeps it. */
  readonly agencies?: PlanFileInput | null;
  /** Solve the agency assignment (again) with these pins; absent keeps the last assignment's. */
  readonly assign?: { readonly pins: readonly PlanPin[] };
}

/** One programme line as the panels show it (from a checked plan row). */
export interface PlanRowView {
  readonly row: number;
  readonly agency: string;
  readonly programme: string;
  readonly activity: string;
  /** Catalogue id of the indicator it moves, and its label. */
  readonly indicator: string;
  readonly indicatorLabel: Label;
  readonly target: number | null;
  readonly targetUnit: string;
  /** Budget of the whole row, rupiah. */
  readonly budget: number;
  readonly source: string;
  /** Number of villages the row covers. */
  readonly villages: number;
}

/** How the plan reaches one village (map state and detail). */
export interface PlanVillageView {
  readonly code: string;
  /** `covered` / `uncovered`: a locus with / without a programme; `other`: not a locus, programmes. */
  readonly state: 'covered' | 'uncovered' | 'other';
  readonly rows: readonly number[];
  /** Its share of the rows' budgets, rupiah. */
  readonly budget: number;
  readonly budgetPerPoorHousehold: number | null;
  /** Class of its budget among the loci with a programme (0 = lowest), or -1 (no such locus). */
  readonly budgetClass: number;
  /** Needs (top drivers) of the locus no programme addresses. */
  readonly unaddressed: readonly Label[];
}

/** The plan layer's content; every number from `@lokus/plan`. */
export interface PlanView {
  readonly planFile: string | null;
  readonly agenciesFile: string | null;
  /** Problems of both files, in file and row order. */
  readonly diagnostics: readonly PlanDiagnostic[];
  /** Plan rows used, and data rows set aside by an error. */
  readonly rows: readonly PlanRowView[];
  readonly setAside: readonly number[];
  /** The coverage of the current loci; null without a plan or a valid result. */
  readonly coverage: PlanCoverage | null;
  /** Villages the plan reaches and the loci it misses, in code order. */
  readonly villages: readonly PlanVillageView[];
  /**
   * Upper bounds of the budget classes of the loci with a programme (core's quantile classes,
   * rupiah), lowest first; empty when no locus has a programme.
   */
  readonly budgetBins: readonly number[];
  /** Agency names of the list, in list order. */
  readonly agencies: readonly string[];
  readonly assignment: AssignmentResult | null;
  /** Why the assignment could not run (e.g. the solver did not load): the browser's message. */
  readonly assignmentError: string | null;
  /** Why there is no coverage (no valid result yet), or null. */
  readonly error: Label | null;
  /** Milliseconds spent in the worker. */
  readonly ms: number;
}
