/// <reference lib="webworker" />
/**
 * Robustness worker: runs the Monte Carlo draws and the Sobol samples of `@lokus/core` in slices,
 * yielding between slices so that a new scenario (a `start` with a higher job) or a `cancel`
 * stops the running analysis at once. The analyst keeps working meanwhile: the scoring worker is
 * another thread.
 */
import {
  borderlineReasons,
  type Label,
  mergeRobustnessParts,
  mergeSobolParts,
  prepareRobustness,
  type RobustnessPart,
  runRobustnessDraws,
  runSobolSamples,
  type SobolPart,
  summariseRobustness,
} from '@lokus/core';
import { robustnessSection } from '@lokus/report';
import type {
  RobustnessRequest,
  RobustnessResponse,
  RobustnessView,
} from './robustnessProtocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Draws per slice: small enough to answer a cancel within a few milliseconds. */
const SLICE = 250;
let current = 0;

function post(message: RobustnessResponse): void {
  self.postMessage(message);
}

/** Lets queued messages (a newer start, a cancel) run. */
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function run(req: Extract<RobustnessRequest, { type: 'start' }>): Promise<void> {
  const t0 = performance.now();
  const { model, diagnostics } = prepareRobustness(req.table, req.scenario, { spec: req.spec });
  if (model === null) {
    const error = diagnostics.find((d) => d.severity === 'error');
    return post({ type: 'failed', job: req.job, message: error?.message ?? 'robustness failed' });
  }
  const draws = model.spec.draws;
  const sobolNeeded = model.spec.sobol > 0 && model.factors.length > 0;
  const total = draws + (sobolNeeded ? model.spec.sobol : 0);
  const parts: RobustnessPart[] = [];
  for (let from = 0; from < draws; from += SLICE) {
    parts.push(runRobustnessDraws(model, { from, to: Math.min(draws, from + SLICE) }));
    post({ type: 'progress', job: req.job, done: Math.min(draws, from + SLICE), total });
    await yieldToMessages();
    if (current !== req.job) return;
  }
  const sobolParts: SobolPart[] = [];
  const sobolSlice = Math.max(1, Math.floor(SLICE / (model.factors.length + 2)));
  for (let from = 0; sobolNeeded && from < model.spec.sobol; from += sobolSlice) {
    const to = Math.min(model.spec.sobol, from + sobolSlice);
    sobolParts.push(runSobolSamples(model, { from, to }));
    post({ type: 'progress', job: req.job, done: draws + to, total });
    await yieldToMessages();
    if (current !== req.job) return;
  }
  const result = summariseRobustness(
    model,
    mergeRobustnessParts(parts),
    sobolParts.length > 0 ? mergeSobolParts(sobolParts) : null,
  );
  const labels = Object.fromEntries(model.scenario.indicators.map((i) => [i.id, i.label]));
  const reasons = new Map<number, Label>(
    borderlineReasons(result, { labels }).map((b) => [b.index, b.text]),
  );
  const view: RobustnessView = {
    draws: result.spec.draws,
    seed: result.spec.seed,
    thresholds: result.spec.thresholds,
    codes: result.codes,
    probability: result.probability,
    flag: result.flag,
    rank: result.rank,
    baseSelected: result.base.selected,
    meanLoci: result.meanLoci,
    changesMean: result.changes.mean,
    sobol: result.sobol?.indices ?? [],
    reasons,
    annex: {
      id: robustnessSection(result, model.base, 'id'),
      en: robustnessSection(result, model.base, 'en'),
    },
    ms: performance.now() - t0,
  };
  post({ type: 'done', job: req.job, view });
}

self.onmessage = (event: MessageEvent<RobustnessRequest>) => {
  const req = event.data;
  current = req.job;
  if (req.type === 'cancel') return;
  run(req).catch((error: unknown) => {
    post({
      type: 'failed',
      job: req.job,
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
