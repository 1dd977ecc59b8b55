import type { Label } from '@lokus/core';
import type { PlanNeed } from '../types.ts';

/** The groups of constraints of the assignment, as named in infeasibility reports. */
export const CONSTRAINT_GROUPS = [
  'locus-coverage',
  'locus-max',
  'capacity-min',
  'capacity-max',
  'kecamatan-spread',
  'pins',
] as const;

/** A constraint group. */
export type ConstraintGroup = (typeof CONSTRAINT_GROUPS)[number];

/** One constraint: its group and what it is about (a village code, an agency, `agency @ kecamatan`). */
export interface ConstraintRef {
  readonly group: ConstraintGroup;
  readonly subject: string;
}

/** The solver the assignment needs: HiGHS's one-shot `solve` (the `highs` package). */
export interface AssignmentSolver {
  solve(
    lp: string,
    options?: Readonly<Record<string, string | number | boolean>>,
  ): {
    readonly Status: string;
    readonly ObjectiveValue: number;
    readonly Columns: Readonly<Record<string, { readonly Primal?: number }>>;
  };
}

/** Options of the assignment. */
export interface AssignOptions {
  /** Points of a matched need by its position among the locus's needs (default [3, 2, 1]; later 1). */
  readonly needPoints?: readonly number[];
  /** Points added when the village is in the agency's preferred kecamatan or villages (default 1). */
  readonly preferencePoints?: number;
  /** Fewest agencies per locus (default 1). */
  readonly minAgenciesPerLocus?: number;
  /** Most agencies per locus (default none). */
  readonly maxAgenciesPerLocus?: number;
  /** Most villages one agency takes in one kecamatan (the spread; default none). */
  readonly maxPerKecamatan?: number;
  /** Pair only agencies and villages whose mandate meets a need (default true); pins always pair. */
  readonly requireMandate?: boolean;
  /** Solver time limit in seconds (default none). */
  readonly timeLimit?: number;
}

/** One agency ↔ village pair the model may choose, with its points. */
export interface Candidate {
  readonly agency: number;
  readonly village: number;
  /** Points: matched needs by position, plus the preference points. */
  readonly points: number;
  /** The village's needs the agency's mandate meets. */
  readonly matched: readonly PlanNeed[];
  readonly preferred: boolean;
  readonly pinned: boolean;
}

/** One chosen pair, explained. */
export interface Assignment {
  readonly agency: string;
  readonly village: string;
  readonly villageName: string;
  readonly kecamatanName: string;
  readonly points: number;
  readonly matched: readonly PlanNeed[];
  readonly preferred: boolean;
  readonly pinned: boolean;
  /** E.g. `Dinas Perkim → Desa X: RTLH 31 per 100 KK, tertinggi ke-2 di kabupaten`. */
  readonly text: Label;
}

/** A constraint that cannot be met, in words. */
export interface Infeasibility extends ConstraintRef {
  /** How it was found: a necessary condition checked before solving, or relaxing it. */
  readonly found: 'precheck' | 'relaxation';
  readonly text: Label;
}

/** The result of the assignment. */
export interface AssignmentResult {
  readonly status: 'optimal' | 'infeasible' | 'time-limit' | 'error';
  /** The solver's own status text. */
  readonly solverStatus: string;
  /** Total points of the assignment (`NaN` without one). */
  readonly objective: number;
  /** Chosen pairs by agency (list order), then village code. */
  readonly assignments: readonly Assignment[];
  /** Loci with no agency (only when infeasible). */
  readonly infeasible: readonly Infeasibility[];
  readonly size: { readonly variables: number; readonly constraints: number };
}
