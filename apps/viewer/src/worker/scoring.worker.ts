/// <reference lib="webworker" />
/**
 * Scoring worker: holds the village table (posted once), runs scenarios with core's runner (the
 * same result as `runScenario`; the stages a weight change leaves alone are kept), and
 * answers explain / compare / spatial / export / annex requests from the full results it keeps.
 */
import {
  compareResults,
  createRunner,
  type Diagnostic,
  explainVillage,
  mapLegend,
  type Runner,
  type ScenarioResult,
  tableHash,
} from '@lokus/core';
import { type ContiguityWeights, clusterMap, queenWeights } from '@lokus/geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ExcludedRow } from '../data/dataset.ts';
import { loadDataset } from '../data/loadDataset.ts';
import type { PlanExport } from '../plan/planExport.ts';
import { datasetToWire } from './datasetWire.ts';
import { loadPackedAssets } from './loadPackedAssets.ts';
import type { Request, Response, RunSummary, Slot, SpatialSummary } from './protocol.ts';
import { summaryToWire } from './summaryWire.ts';

declare const self: DedicatedWorkerGlobalScope;

let runner: Runner | null = null;
let boundaries: FeatureCollection<Geometry | null> | null = null;
let rowOfFeature: Int32Array | null = null;
let weights: ContiguityWeights | null = null;
let excluded: readonly ExcludedRow[] = [];
const results: Record<Slot, ScenarioResult | null> = { a: null, b: null };
/** Diagnostics last posted per slot (the page keeps them; unchanged ones are not re-sent). */
const sent: Record<Slot, readonly Diagnostic[] | null> = { a: null, b: null };
/** The plan step, loaded with the first plan request (`@lokus/plan`, HiGHS). */
let plan: typeof import('../plan/planInWorker.ts') | null = null;

/** The loaded plan's coverage of `result`, for the exports; null without a plan. */
async function planOf(result: ScenarioResult): Promise<PlanExport | null> {
  return plan?.planLoaded() ? plan.planForExport(result) : null;
}

function post(message: Response, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function summarise(result: ScenarioResult, ms: number, locale: 'id' | 'en'): RunSummary {
  const s = result.stages;
  const n = result.table.length;
  return {
    ok: result.ok,
    scenarioName: result.scenario.name,
    scenario: result.scenario,
    rank: s ? s.ranked.rank : new Float64Array(n).fill(Number.NaN),
    rankInKecamatan: s ? s.ranked.rankInKecamatan : new Float64Array(n).fill(Number.NaN),
    score: s ? s.aggregated.score : new Float64Array(n).fill(Number.NaN),
    selected: s ? s.selected.selected : new Uint8Array(n),
    reason: s ? s.selected.reason : [],
    classes: s ? s.classes : null,
    weights: s ? s.weights.weights : {},
    selectedCount: s ? s.selected.count : 0,
    diagnostics: result.diagnostics,
    legend: s ? mapLegend(result, { locale }) : null,
    provenance: {
      inputHash: result.provenance.inputHash,
      scenarioHash: result.provenance.scenarioHash,
      version: result.provenance.version,
    },
    ms,
  };
}

function spatial(result: ScenarioResult): SpatialSummary {
  const n = result.table.length;
  if (!boundaries || !rowOfFeature || !result.stages) {
    return { lisa: new Int8Array(n).fill(-1), hotspot: new Int8Array(n), diagnostics: [] };
  }
  weights ??= queenWeights(boundaries.features);
  const { lisa, hotspot } = clusterMap(result.stages.aggregated.score, weights, rowOfFeature);
  return { lisa, hotspot, diagnostics: weights.diagnostics };
}

async function handle(req: Request): Promise<void> {
  switch (req.type) {
    case 'load': {
      const dataset = await loadDataset(req.entry);
      runner = createRunner(dataset.table);
      boundaries = dataset.boundaries;
      rowOfFeature = dataset.join.rowOfFeature;
      excluded = dataset.excluded;
      results.a = null;
      results.b = null;
      sent.a = null;
      sent.b = null;
      weights = null;
      const [wire, transfer] = datasetToWire(dataset);
      post({ type: 'dataset', id: req.id, dataset: wire }, transfer);
      // Every run states the table's hash, computed once per table (seconds at national scale):
      // done now, while the page takes the dataset in, not when the first run is asked for.
      setTimeout(() => tableHash(dataset.table), 0);
      return;
    }
    case 'table':
      runner = createRunner(req.table);
      excluded = req.excluded ?? [];
      results.a = null;
      results.b = null;
      sent.a = null;
      sent.b = null;
      weights = null;
      return post({ type: 'ok', id: req.id });
    case 'boundaries':
      boundaries = req.boundaries;
      rowOfFeature = req.rowOfFeature;
      weights = null;
      return post({ type: 'ok', id: req.id });
    case 'run': {
      if (!runner) throw new Error('no table');
      const t0 = performance.now();
      const result = runner.run(req.scenario);
      results[req.slot] = result;
      const summary = summarise(result, performance.now() - t0, req.locale ?? 'id');
      const [wire, transfer] = summaryToWire(summary, sent[req.slot]);
      sent[req.slot] = summary.diagnostics;
      return post({ type: 'run', id: req.id, slot: req.slot, summary: wire }, transfer);
    }
    case 'explain': {
      const result = results[req.slot];
      if (!result?.stages) throw new Error('no result');
      return post({
        type: 'explain',
        id: req.id,
        explanation: explainVillage(result, req.index, { locale: req.locale }),
      });
    }
    case 'compare': {
      const { a, b } = results;
      const comparison = a?.stages && b?.stages ? compareResults(a, b) : null;
      return post({ type: 'compare', id: req.id, comparison });
    }
    case 'spatial': {
      const result = results[req.slot];
      if (!result) throw new Error('no result');
      return post({ type: 'spatial', id: req.id, spatial: spatial(result) });
    }
    case 'export': {
      const result = results[req.slot];
      if (!result) throw new Error('no result');
      // The writers (XLSX, report tables) load with the first export, not with the worker.
      const { exportFile } = await import('./exportFile.ts');
      const data = await exportFile(
        result,
        req.format,
        boundaries,
        'id',
        excluded,
        await planOf(result),
      );
      return post({ type: 'export', id: req.id, data });
    }
    case 'annex': {
      const result = results[req.slot];
      if (!result) throw new Error('no result');
      const { annexOf } = await import('./exportFile.ts');
      const withPlan = await planOf(result);
      const annex = annexOf(result, { ...req, ...(withPlan ? { plan: withPlan } : {}) });
      return post({ type: 'annex', id: req.id, annex });
    }
    case 'plan': {
      if (!plan) {
        // The solver's WebAssembly: inflated now in the single-file page, a file elsewhere.
        await loadPackedAssets();
        plan = await import('../plan/planInWorker.ts');
      }
      const { type: _type, id, ...body } = req;
      return post({ type: 'plan', id, view: await plan.planRequest(results.a, body) });
    }
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  handle(event.data).catch((error: unknown) => {
    post({
      type: 'error',
      id: event.data.id,
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
