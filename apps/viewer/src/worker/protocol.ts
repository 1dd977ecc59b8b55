/** Messages between the viewer and its scoring worker. */
import type {
  Classification,
  Comparison,
  Diagnostic,
  NotSelectedReason,
  SelectedReason,
  VillageExplanation,
  VillageTable,
} from '@lokus/core';
import type { FeatureCollection, Geometry } from 'geojson';

/** Which of the two scenarios (compare view: A and B). */
export type Slot = 'a' | 'b';

/** What the map and panels need from one run; the full result stays in the worker. */
export interface RunSummary {
  readonly ok: boolean;
  readonly scenarioName: string;
  readonly rank: Float64Array;
  readonly rankInKecamatan: Float64Array;
  readonly score: Float64Array;
  readonly selected: Uint8Array;
  readonly reason: readonly (SelectedReason | NotSelectedReason)[];
  readonly classes: Classification | null;
  /** Weights actually used, summing to 1 (from the weight stage). */
  readonly weights: Readonly<Record<string, number>>;
  readonly selectedCount: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly provenance: {
    readonly inputHash: string;
    readonly scenarioHash: string;
    readonly version: string;
  };
  /** Milliseconds spent in runScenario. */
  readonly ms: number;
}

/** Spatial clusters of the score: LISA categories and Gi* hot/cold spots, per village. */
export interface SpatialSummary {
  /** 0 not significant, 1 HH, 2 LH, 3 LL, 4 HL; -1 no value. */
  readonly lisa: Int8Array;
  /** +1 hot spot, −1 cold spot, 0 not significant. */
  readonly hotspot: Int8Array;
  readonly diagnostics: readonly Diagnostic[];
}

export type Request =
  | { readonly type: 'table'; readonly id: number; readonly table: VillageTable }
  | {
      readonly type: 'boundaries';
      readonly id: number;
      readonly boundaries: FeatureCollection<Geometry | null>;
      /** Table row of each feature, −1 when unmatched. */
      readonly rowOfFeature: Int32Array;
    }
  | { readonly type: 'run'; readonly id: number; readonly slot: Slot; readonly scenario: unknown }
  | {
      readonly type: 'explain';
      readonly id: number;
      readonly slot: Slot;
      readonly index: number;
      readonly locale: 'id' | 'en';
    }
  | { readonly type: 'compare'; readonly id: number }
  | { readonly type: 'spatial'; readonly id: number; readonly slot: Slot }
  | {
      readonly type: 'export';
      readonly id: number;
      readonly slot: Slot;
      readonly format: 'csv' | 'xlsx' | 'geojson';
    };

export type Response =
  | { readonly type: 'ok'; readonly id: number }
  | { readonly type: 'run'; readonly id: number; readonly slot: Slot; readonly summary: RunSummary }
  | { readonly type: 'explain'; readonly id: number; readonly explanation: VillageExplanation }
  | { readonly type: 'compare'; readonly id: number; readonly comparison: Comparison | null }
  | { readonly type: 'spatial'; readonly id: number; readonly spatial: SpatialSummary }
  | { readonly type: 'export'; readonly id: number; readonly data: string | Uint8Array | null }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
