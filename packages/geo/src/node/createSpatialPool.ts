// biome-ignore lint/style/noRestrictedImports: the Node entry @lokus/geo/node, outside the browser entry
import { availableParallelism } from 'node:os';
// biome-ignore lint/style/noRestrictedImports: the Node entry @lokus/geo/node, outside the browser entry
import type { Worker } from 'node:worker_threads';
import {
  finishLocalMoran,
  finishMoran,
  type LocalMoranOptions,
  type LocalMoranResult,
  type MoranOptions,
  type MoranResult,
  prepareLocalMoran,
  prepareMoran,
  type SpatialWeights,
} from '../index.ts';
import type { LocalMoranSetup } from '../spatial/prepareLocalMoran.ts';
import type { MoranSetup } from '../spatial/prepareMoran.ts';
import { SharedArena } from './sharedArena.ts';
import {
  type LocalMoranJob,
  type MoranJob,
  runSpatialJob,
  type SpatialJob,
  type SpatialJobResult,
  type WorkerMessage,
} from './spatialJobs.ts';
import { startWorker } from './startWorker.ts';

/** Options of {@link createSpatialPool}. */
export interface SpatialPoolOptions {
  /** Threads to use, the calling one included (default: the available cores). */
  readonly threads?: number;
}

/**
 * Moran's I and local Moran with their permutations split across Node worker threads. Results
 * equal `moranI` / `localMoran` with the same options bit for bit.
 */
export interface SpatialPool {
  /** Threads in use, the calling one included. */
  readonly threads: number;
  /** `moranI(y, w, options)`, its permutations split across the threads. */
  moranI(y: ArrayLike<number>, w: SpatialWeights, options?: MoranOptions): Promise<MoranResult>;
  /** `localMoran(y, w, options)`, its observations split across the threads. */
  localMoran(
    y: ArrayLike<number>,
    w: SpatialWeights,
    options?: LocalMoranOptions,
  ): Promise<LocalMoranResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Cuts [0, total) into `k` consecutive ranges with starts on multiples of `align`. */
function ranges(total: number, k: number, align: number): [number, number][] {
  const cuts = Array.from({ length: k + 1 }, (_, t) =>
    t === k ? total : Math.min(total, Math.round((t * total) / k / align) * align),
  );
  return Array.from({ length: k }, (_, t) => [cuts[t]!, cuts[t + 1]!]);
}

/**
 * Cuts the observations [0, n) into `k` consecutive ranges with about as many stored weights
 * each (a row's permutation loop costs in proportion to its neighbours).
 */
function rowRanges(offsets: Int32Array, k: number): [number, number][] {
  const n = offsets.length - 1;
  const cuts = [0];
  for (let i = 0, t = 1; t < k; t++) {
    const target = (t * offsets[n]!) / k;
    while (i < n && offsets[i]! < target) i++;
    cuts.push(Math.max(i, cuts.at(-1)!));
  }
  cuts.push(n);
  return Array.from({ length: k }, (_, t) => [cuts[t]!, cuts[t + 1]!]);
}

/** A job without its range. */
type JobBase = Omit<MoranJob, 'from' | 'to'> | Omit<LocalMoranJob, 'from' | 'to'>;

/** Moran's job: the centred values, the folded weights and the seed (not the sums). */
function moranBase({ z, moments, seed }: MoranSetup): JobBase {
  const { pairI, pairJ, pairC, selfI, selfW } = moments;
  return { kind: 'moran', z, moments: { pairI, pairJ, pairC, selfI, selfW }, seed };
}

/** Local Moran's job: only what the permutation loops read of the setup. */
function localMoranBase(setup: LocalMoranSetup): JobBase {
  const { w, z, zf, scale, Is, permutations, table, rows, width, start } = setup;
  const { offsets, neighbours, weights } = w;
  const loops = { z, zf, scale, Is, permutations, table, rows, width, start };
  return { kind: 'localMoran', setup: { ...loops, w: { offsets, neighbours, weights } } };
}

/** Sends a job to a worker and resolves with its result. */
function ask(worker: Worker, job: WorkerMessage): Promise<SpatialJobResult> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => reject(error);
    worker.once('error', fail);
    worker.once('message', (result: SpatialJobResult) => {
      worker.off('error', fail);
      resolve(result);
    });
    worker.postMessage(job);
  });
}

/**
 * Starts a pool of `threads − 1` worker threads (the calling thread is the other one) for the
 * permutation tests of `@lokus/geo`. Each call cuts the work into one consecutive range per
 * thread: Moran's permutations (each permutation draws from its own stream, seeded from the
 * `rng` and its number, so it is the same on any thread), or local Moran's observations in
 * ranges of about equal stored weights (all random draws are made first, in the calling thread).
 * The calling thread runs the first range while the workers run the others; calls run one after
 * another. The workers read the call's arrays (values, weights, draws) in place in one
 * SharedArrayBuffer that the pool copies them into and keeps for the next call (replaced only
 * by a larger one), so the pool's memory is that of its largest call. Node only: this entry
 * (`@lokus/geo/node`) is kept apart from `@lokus/geo`, which stays usable in a browser.
 *
 * @param options - `threads` (default: the available cores).
 * @example
 * // One thread here (no workers); `threads: 2` splits the permutations over two.
 * const pool = await createSpatialPool({ threads: 1 });
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * (await pool.moranI([1, 2, 3, 4], w, { permutations: 99 })).I; // => 0.3333333333333333
 * await pool.close();
 */
export async function createSpatialPool(options: SpatialPoolOptions = {}): Promise<SpatialPool> {
  const threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const entry = new URL(`./spatialWorker${extension}`, import.meta.url);
  const workers = await Promise.all(Array.from({ length: threads - 1 }, () => startWorker(entry)));
  const arena = new SharedArena();
  /**
   * Runs the first range here and the others on the workers, which read the job's arrays in
   * the shared arena (one copy for all of them, reused by the next call).
   */
  const split = async (base: JobBase, cut: [number, number][]): Promise<SpatialJobResult[]> => {
    const shared = workers.length > 0 ? arena.share(base) : null;
    const others = cut
      .slice(1)
      .map(([from, to], t) => ask(workers[t]!, { shared, buffer: arena.buffer!, from, to }));
    const [from, to] = cut[0]!;
    const own = runSpatialJob({ ...base, from, to } as SpatialJob);
    return [own, ...(await Promise.all(others))];
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    threads,
    moranI: (y, w, moranOptions) =>
      serial(async () => {
        const setup = prepareMoran(y, w, moranOptions);
        const { permutations } = setup;
        const cut = ranges(permutations, threads, 8);
        const parts = await split(moranBase(setup), cut);
        const crossProducts = new Float64Array(permutations);
        parts.forEach((part, t) => {
          if (part.kind === 'moran') crossProducts.set(part.crossProducts, cut[t]![0]);
        });
        return finishMoran(setup, crossProducts);
      }),
    localMoran: (y, w, localOptions) =>
      serial(async () => {
        const setup = prepareLocalMoran(y, w, localOptions);
        const cut = rowRanges(setup.w.offsets, threads);
        const parts = await split(localMoranBase(setup), cut);
        const pSim = new Float64Array(setup.n);
        const zSim = new Float64Array(setup.n);
        parts.forEach((part, t) => {
          if (part.kind !== 'localMoran') return;
          pSim.set(part.pSim, cut[t]![0]);
          zSim.set(part.zSim, cut[t]![0]);
        });
        return finishLocalMoran(setup, pSim, zSim);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
