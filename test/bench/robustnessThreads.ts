/**
 * A Node `worker_threads` pool for the robustness analysis of `@lokus/core`: the core is pure and
 * single-threaded, so the threads live here. Each run cuts the draws (and the Sobol samples) into
 * one consecutive range per thread; the main thread runs the first range while the workers run
 * the others, each on its own `prepareRobustness` model; the parts are merged with
 * `mergeRobustnessParts` / `mergeSobolParts`, which gives exactly the single-thread result.
 * The workers stay up between runs, as a viewer's would while a slider moves.
 *
 * This same file is the workers' entry point.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  mergeRobustnessParts,
  mergeSobolParts,
  prepareRobustness,
  type RobustnessModel,
  type RobustnessPart,
  type RobustnessResult,
  runRobustnessDraws,
  runSobolSamples,
  type SobolPart,
  summariseRobustness,
  type VillageTable,
} from '@lokus/core';

interface Job {
  readonly table: VillageTable;
  readonly scenario: unknown;
  readonly spec: unknown;
  readonly draws: readonly [number, number];
  readonly sobol: readonly [number, number];
}

interface Parts {
  readonly draws: RobustnessPart;
  readonly sobol: SobolPart | null;
}

function prepared(table: VillageTable, scenario: unknown, spec: unknown): RobustnessModel {
  const { model, diagnostics } = prepareRobustness(table, scenario, { spec });
  if (model === null) {
    throw new Error(
      `robustness analysis failed: ${diagnostics.find((d) => d.severity === 'error')?.message}`,
    );
  }
  return model;
}

function runJob(model: RobustnessModel, job: Job): Parts {
  const draws = runRobustnessDraws(model, { from: job.draws[0], to: job.draws[1] });
  const sobolNeeded = model.spec.sobol > 0 && model.factors.length > 0;
  const sobol = sobolNeeded
    ? runSobolSamples(model, { from: job.sobol[0], to: job.sobol[1] })
    : null;
  return { draws, sobol };
}

/** Marks the pool's workers (`workerData`). */
const WORKER_MARK = { lokusRobustnessWorker: true } as const;

/** Cuts `[0, total)` into `k` consecutive ranges of near-equal size. */
function ranges(total: number, k: number): [number, number][] {
  return Array.from({ length: k }, (_, t) => [
    Math.floor((t * total) / k),
    Math.floor(((t + 1) * total) / k),
  ]);
}

/** A pool of robustness workers. */
export interface RobustnessPool {
  /** Same result as `analyseRobustness(table, scenario, { spec })` in one thread. */
  run(table: VillageTable, scenario: unknown, spec?: unknown): Promise<RobustnessResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * Starts `threads − 1` workers (the main thread is the other one); resolves once they are
 * ready.
 */
export async function createRobustnessPool(threads = 2): Promise<RobustnessPool> {
  // A worker does not inherit the TypeScript loader: register tsx, then load this file.
  const entry = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
    return new Worker(entry, { eval: true, workerData: WORKER_MARK });
  });
  await Promise.all(
    workers.map((w) => new Promise((resolve) => w.once('message', resolve))), // 'ready'
  );
  const ask = (worker: Worker, job: Job): Promise<Parts> =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(job);
    });
  return {
    async run(table, scenario, spec) {
      const model = prepared(table, scenario, spec);
      const drawRanges = ranges(model.spec.draws, workers.length + 1);
      const sobolRanges = ranges(model.spec.sobol, workers.length + 1);
      const jobSpec = spec ?? model.spec;
      const others = workers.map((w, t) =>
        ask(w, {
          table,
          scenario,
          spec: jobSpec,
          draws: drawRanges[t + 1]!,
          sobol: sobolRanges[t + 1]!,
        }),
      );
      const job = { table, scenario, spec: jobSpec, draws: drawRanges[0]!, sobol: sobolRanges[0]! };
      const all = [runJob(model, job), ...(await Promise.all(others))];
      const sobolParts = all.map((p) => p.sobol).filter((p): p is SobolPart => p !== null);
      return summariseRobustness(
        model,
        mergeRobustnessParts(all.map((p) => p.draws)),
        sobolParts.length === all.length ? mergeSobolParts(sobolParts) : null,
      );
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

// Only a worker started by the pool answers: a test runner's own worker threads load this file too.
if (
  (workerData as typeof WORKER_MARK | null)?.lokusRobustnessWorker === true &&
  parentPort !== null
) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    port.postMessage(runJob(prepared(job.table, job.scenario, job.spec), job));
  });
  port.postMessage('ready');
}
