import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  mergeRobustnessParts,
  mergeSobolParts,
  type RobustnessModel,
  type RobustnessResult,
  type SobolPart,
  summariseRobustness,
} from '@lokus/core';
import { startWorker } from '@lokus/geo/node';
import { type RobustnessJob, type RobustnessJobParts, runRobustnessJob } from './robustnessJob.ts';
import { ROBUSTNESS_WORKER } from './robustnessWorker.ts';

/** A pool of robustness threads. */
export interface RobustnessPool {
  /** Threads in use, the calling one included. */
  readonly threads: number;
  /**
   * The analysis of a prepared model, split across the threads; the same result as the
   * single-thread `summariseRobustness(model, runRobustnessDraws(model), runSobolSamples(model))`.
   * `onProgress(done, total)` follows the draws taken in the calling thread's range, scaled to
   * all; the last call is `(total, total)`.
   */
  run(
    model: RobustnessModel,
    job: Pick<RobustnessJob, 'table' | 'scenario' | 'spec' | 'file'>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RobustnessResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * The default number of threads: the available cores, at most 2.
 *
 * @example
 * defaultRobustnessThreads() <= 2; // => true
 */
export function defaultRobustnessThreads(): number {
  return Math.min(2, availableParallelism());
}

/** Cuts `[0, total)` into `k` consecutive ranges of near-equal size. */
function ranges(total: number, k: number): [number, number][] {
  return Array.from({ length: k }, (_, t) => [
    Math.floor((t * total) / k),
    Math.floor(((t + 1) * total) / k),
  ]);
}

function ask(worker: Worker, job: RobustnessJob): Promise<RobustnessJobParts> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => reject(error);
    worker.once('error', fail);
    worker.once('message', (parts: RobustnessJobParts) => {
      worker.off('error', fail);
      resolve(parts);
    });
    worker.postMessage(job);
  });
}

/**
 * Starts `threads − 1` Node worker threads for the robustness analysis of `@lokus/core` (which is
 * pure and single-threaded). Each run cuts the draws into one consecutive range per two threads,
 * which the two share as they go: one walks up the range and the other down, each claiming its
 * next draw from a shared count (`runRobustnessDraws`'s `claim`), so a thread that starts later
 * (a worker first prepares its own model) or runs on a busier core simply takes fewer draws. The
 * Sobol samples are cut into one range per thread. The calling thread runs the first share on
 * the model it was given while the workers prepare theirs (`prepareRobustness` of the same
 * inputs); the parts, transferred rather than copied, are merged with `mergeRobustnessParts` /
 * `mergeSobolParts`, which gives exactly the single-thread result whatever the split. The
 * workers stay up between runs. In the bundled `lokus.js` the workers run the bundle itself
 * (see `robustnessWorker.ts`).
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 9, b: 1 } },
 *   { code: '99.01.01.2002', values: { a: 5, b: 5 } },
 *   { code: '99.01.02.2001', values: { a: 1, b: 2 } },
 * ]);
 * const ind = (id) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' });
 * const scenario = { name: 'two indicators', indicators: [ind('a'), ind('b')], select: { mode: 'top-n', n: 1 } };
 * const spec = { draws: 200, weights: { factor: 0.5 }, sobol: 0 };
 * const { model } = prepareRobustness(table, scenario, { spec });
 * // One thread keeps the example quick; two threads give the same result (tested).
 * const pool = await createRobustnessPool(1);
 * const result = await pool.run(model, { table, scenario, spec });
 * [pool.threads, result.spec.draws, result.flag[1]]; // => [1, 200, 'stable-locus']
 * result.probability; // => Float64Array [0.05, 0.95, 0]
 * await pool.close();
 */
export async function createRobustnessPool(
  threads = defaultRobustnessThreads(),
): Promise<RobustnessPool> {
  const count = Math.max(1, Math.floor(threads));
  const entry = import.meta.url.endsWith('.ts')
    ? new URL('./robustnessWorker.ts', import.meta.url)
    : new URL(import.meta.url);
  const workers = await Promise.all(
    Array.from({ length: count - 1 }, () => startWorker(entry, { workerData: ROBUSTNESS_WORKER })),
  );
  return {
    threads: count,
    async run(model, inputs, onProgress) {
      const total = model.spec.draws;
      // Threads 2p and 2p + 1 share draw range p, walking up and down.
      const drawRanges = ranges(total, Math.ceil(count / 2));
      const claims = drawRanges.map(() => new SharedArrayBuffer(4));
      const sobolRanges = ranges(model.spec.sobol, count);
      const job = (t: number): RobustnessJob => ({
        ...inputs,
        draws: drawRanges[t >> 1]!,
        sobol: sobolRanges[t]!,
        claim: claims[t >> 1]!,
        descending: t % 2 === 1,
      });
      const others = workers.map((worker, t) => ask(worker, job(t + 1)));
      // Progress: the draws claimed in the calling thread's range, scaled to all.
      const taken = new Int32Array(claims[0]!);
      const share = Math.max(1, drawRanges[0]![1] - drawRanges[0]![0]);
      const tick =
        onProgress === undefined
          ? undefined
          : () =>
              onProgress(
                Math.round((Math.min(share, Atomics.load(taken, 0)) / share) * total),
                total,
              );
      const all = [runRobustnessJob(model, job(0), tick), ...(await Promise.all(others))];
      onProgress?.(total, total);
      const sobolParts = all.map((p) => p.sobol).filter((p): p is SobolPart => p !== null);
      return summariseRobustness(
        model,
        mergeRobustnessParts(all.map((p) => p.draws)),
        sobolParts.length === all.length ? mergeSobolParts(sobolParts) : null,
      );
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
