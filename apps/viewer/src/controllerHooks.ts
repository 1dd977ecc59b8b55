/** What the browser tests read from `window.__lokus`. */
import type { Comparison } from '@lokus/core';
import type { Legend } from './map/palette.ts';
import type { VillageMap } from './map/villageMap.ts';
import type { RunSummary, SpatialSummary } from './worker/protocol.ts';

export interface ControllerHooks {
  /** Number of runs answered: a valid one is drawn (idle) first, an invalid one leaves the map. */
  applied: number;
  busy: boolean;
  /** Last run of scenario A, valid or not. */
  summary: RunSummary | null;
  summaryB: RunSummary | null;
  /** Last valid run of scenario A: what the map shows. */
  shown: RunSummary | null;
  legend: Legend[];
  maps: VillageMap[];
  comparison: Comparison | null;
  /** The LISA / hot-spot layers last drawn as an overlay. */
  spatial: SpatialSummary | null;
}

declare global {
  interface Window {
    __lokus?: ControllerHooks;
  }
}

/** Fresh hooks. */
export function controllerHooks(): ControllerHooks {
  return {
    applied: 0,
    busy: false,
    summary: null,
    summaryB: null,
    shown: null,
    legend: [],
    maps: [],
    comparison: null,
    spatial: null,
  };
}
