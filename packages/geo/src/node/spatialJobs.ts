// The worker's module graph stays small: only the two permutation kernels (not the whole entry).

import {
  type LocalMoranLoopInput,
  localMoranPermutations,
} from '../spatial/localMoranPermutations.ts';
import { permutedCrossProducts, type WeightMomentsLike } from '../spatial/permutedCrossProducts.ts';

/** Permuted cross products of Moran's I for permutations `from` … `to` − 1. */
export interface MoranJob {
  readonly kind: 'moran';
  readonly z: Float64Array;
  readonly moments: WeightMomentsLike;
  readonly seed: Uint32Array;
  readonly from: number;
  readonly to: number;
}

/** Local Moran permutation inference for observations `from` … `to` − 1. */
export interface LocalMoranJob {
  readonly kind: 'localMoran';
  /** What the loops read of the setup (a whole `LocalMoranSetup` will do). */
  readonly setup: LocalMoranLoopInput;
  readonly from: number;
  readonly to: number;
}

/** A unit of work of the spatial pool, run alike in the main thread and in a worker. */
export type SpatialJob = MoranJob | LocalMoranJob;

/**
 * What a worker is sent: a job without its range, as placed in the pool's shared buffer
 * (`SharedArena.share`), the buffer, and the range.
 */
export interface WorkerMessage {
  readonly shared: unknown;
  readonly buffer: SharedArrayBuffer;
  readonly from: number;
  readonly to: number;
}

/** What a job gives back: Moran's cross products, or local Moran's p-values and z_sim. */
export type SpatialJobResult =
  | { readonly kind: 'moran'; readonly crossProducts: Float64Array }
  | { readonly kind: 'localMoran'; readonly pSim: Float64Array; readonly zSim: Float64Array };

/**
 * Runs one job of the spatial pool (the same code on every thread, so a split gives the
 * single-thread values).
 *
 * @example
 * const s = prepareMoran([1, 2, 3, 4], weightsFromLists([[1], [0, 2], [1, 3], [2]]), { permutations: 2 });
 * runSpatialJob({ kind: 'moran', z: s.z, moments: s.moments, seed: s.seed, from: 0, to: 2 }).kind;
 * // => 'moran'
 */
export function runSpatialJob(job: SpatialJob): SpatialJobResult {
  const count = job.to - job.from;
  if (job.kind === 'moran') {
    const crossProducts = new Float64Array(count);
    permutedCrossProducts(job.z, job.moments, job.seed, job.from, job.to, crossProducts);
    return { kind: 'moran', crossProducts };
  }
  const pSim = new Float64Array(count).fill(Number.NaN);
  const zSim = new Float64Array(count).fill(Number.NaN);
  localMoranPermutations(job.setup, job.from, job.to, pSim, zSim);
  return { kind: 'localMoran', pSim, zSim };
}
