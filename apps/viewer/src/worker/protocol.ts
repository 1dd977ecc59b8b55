/** Messages between the viewer and its scoring worker. */
import type {
  Classification,
  Comparison,
  Diagnostic,
  MapLegend,
  NotSelectedReason,
  ResolvedScenario,
  SelectedReason,
  VillageExplanation,
  VillageTable,
} from '@lokus/core';
import type { AnnexContent } from '@lokus/report';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ExcludedRow } from '../data/dataset.ts';
import type { DatasetEntry } from '../data/manifest.ts';
import type { PlanRequestBody, PlanView } from '../plan/planProtocol.ts';
import type { DatasetWire } from './datasetWire.ts';
import type { RunSummaryWire } from './summaryWire.ts';

/** Export formats: the loci table (`csv`, `csv-id` for Indonesian Excel, `xlsx`) and GeoJSON. */
export type ExportFormat = 'csv' | 'csv-id' | 'xlsx' | 'geojson';

/** Which of the two scenarios (compare view: A and B). */
export type Slot = 'a' | 'b';

/** What the map and panels need from one run; the full result stays in the worker. */
export interface RunSummary {
  readonly ok: boolean;
  readonly scenarioName: string;
  /** The scenario as the run resolved it (what `runScenario` in Node reproduces the run from). */
  readonly scenario: ResolvedScenario;
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
  /** What the colours mean, from core's `mapLegend` (title, direction, scale); null without a run. */
  readonly legend: MapLegend | null;
  readonly provenance: {
    readonly inputHash: string;
    readonly scenarioHash: string;
    readonly version: string;
  };
  /** Milliseconds spent scoring (the worker's runner). */
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
  | {
      /** Fetch, read, join and prepare a dataset of the manifest; the worker keeps its table. */
      readonly type: 'load';
      readonly id: number;
      /** The manifest's entry with absolute URLs. */
      readonly entry: DatasetEntry;
    }
  | {
      readonly type: 'table';
      readonly id: number;
      readonly table: VillageTable;
      /** Rows of the input left out of the scoring: listed last in the exported tables. */
      readonly excluded?: readonly ExcludedRow[];
    }
  | {
      readonly type: 'boundaries';
      readonly id: number;
      readonly boundaries: FeatureCollection<Geometry | null>;
      /** Table row of each feature, −1 when unmatched. */
      readonly rowOfFeature: Int32Array;
    }
  | {
      readonly type: 'run';
      readonly id: number;
      readonly slot: Slot;
      readonly scenario: unknown;
      /** Language of the legend words. */
      readonly locale?: 'id' | 'en';
    }
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
      readonly format: ExportFormat;
    }
  | {
      readonly type: 'annex';
      readonly id: number;
      readonly slot: Slot;
      readonly lang: 'id' | 'en';
      readonly districtName?: string | undefined;
      readonly attributions?: readonly string[];
      /** Origins outside this computer the map loaded from (the annex states them). */
      readonly outsideSources?: readonly string[];
    }
  | ({
      /** The action plan and agency list read against scenario A's result (`@lokus/plan`). */
      readonly type: 'plan';
      readonly id: number;
    } & PlanRequestBody);

export type Response =
  | { readonly type: 'ok'; readonly id: number }
  | { readonly type: 'dataset'; readonly id: number; readonly dataset: DatasetWire }
  | {
      readonly type: 'run';
      readonly id: number;
      readonly slot: Slot;
      /** The summary, packed (`summaryFromWire` with the slot's previous diagnostics). */
      readonly summary: RunSummaryWire;
    }
  | { readonly type: 'explain'; readonly id: number; readonly explanation: VillageExplanation }
  | { readonly type: 'compare'; readonly id: number; readonly comparison: Comparison | null }
  | { readonly type: 'spatial'; readonly id: number; readonly spatial: SpatialSummary }
  | { readonly type: 'export'; readonly id: number; readonly data: string | Uint8Array | null }
  | { readonly type: 'annex'; readonly id: number; readonly annex: AnnexContent | null }
  | { readonly type: 'plan'; readonly id: number; readonly view: PlanView }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
