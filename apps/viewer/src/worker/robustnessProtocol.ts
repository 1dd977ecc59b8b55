/** Messages between the viewer and its robustness worker (`robustness.worker.ts`). */
import type { Label, RobustnessFlag, RobustnessSpec, SobolIndex, VillageTable } from '@lokus/core';
import type { AnnexRobustness } from '@lokus/report';

export type RobustnessRequest =
  | {
      /** Starts an analysis; any analysis still running is dropped. */
      readonly type: 'start';
      /** Increases with every start; answers carry it, so stale ones are ignored. */
      readonly job: number;
      readonly table: VillageTable;
      readonly scenario: unknown;
      /** The analysis (merged over the scenario's own `robustness` block). */
      readonly spec: RobustnessSpec;
    }
  | { readonly type: 'cancel'; readonly job: number };

/** What the map and the panels show of an analysis; all numbers from `@lokus/core`. */
export interface RobustnessView {
  readonly draws: number;
  readonly seed: number;
  readonly thresholds: { readonly stableLocus: number; readonly stableNonLocus: number };
  /** Village codes in table order. */
  readonly codes: readonly string[];
  readonly probability: Float64Array;
  readonly flag: readonly RobustnessFlag[];
  /** Median and 5th–95th percentile ranks, or null above the tally limit. */
  readonly rank: {
    readonly median: Float64Array;
    readonly low: Float64Array;
    readonly high: Float64Array;
  } | null;
  readonly baseSelected: Uint8Array;
  readonly meanLoci: number;
  readonly changesMean: number;
  /** First-order and total Sobol indices of the number of changed villages, per varied choice. */
  readonly sobol: readonly SobolIndex[];
  /** The reason of each borderline village, by table row, in both languages. */
  readonly reasons: ReadonlyMap<number, Label>;
  /** The decree annex's section "Desa borderline dan alasannya" in both languages. */
  readonly annex: { readonly id: AnnexRobustness; readonly en: AnnexRobustness };
  /** Milliseconds the worker spent (prepare, draws, Sobol, summary). */
  readonly ms: number;
}

export type RobustnessResponse =
  | {
      readonly type: 'progress';
      readonly job: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'done'; readonly job: number; readonly view: RobustnessView }
  | { readonly type: 'failed'; readonly job: number; readonly message: string };
