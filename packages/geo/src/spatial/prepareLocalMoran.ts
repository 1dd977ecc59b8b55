import { createRng } from '@lokus/core';
import { checkValues } from './checkValues.ts';
import type { LocalMoranOptions } from './localMoran.ts';
import { RandomStream } from './randomStream.ts';
import type { SpatialWeights } from './types.ts';

/** Rows of the shared table of random neighbour sets (at least the number of permutations). */
const TABLE_ROWS = 4096;

/**
 * Everything of local Moran except the per-observation permutation loops: standardised values,
 * I_i, lags, quadrants, and all random draws (the table of neighbour sets and each observation's
 * start row). {@link localMoranPermutations} runs the loops for any range of observations, so
 * ranges on several threads give the single-thread result.
 */
export interface LocalMoranSetup {
  readonly n: number;
  readonly w: SpatialWeights;
  readonly z: Float64Array;
  /** z in single precision, read by the permutation loops. */
  readonly zf: Float32Array;
  /** (n − 1) / n. */
  readonly scale: number;
  readonly Is: Float64Array;
  readonly lag: Float64Array;
  readonly quadrant: Uint8Array;
  readonly permutations: number;
  readonly significance: number;
  /** Random neighbour sets: `rows` rows of `width` ranks. */
  readonly table: Int32Array;
  readonly rows: number;
  readonly width: number;
  /** Start row of each observation's permutations (−1: none, an island or no permutations). */
  readonly start: Int32Array;
}

/**
 * The part of {@link localMoran} before the permutation loops.
 *
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * Array.from(prepareLocalMoran([1, 2, 3, 4], w, { permutations: 0 }).quadrant); // => [3, 3, 1, 1]
 */
export function prepareLocalMoran(
  y: ArrayLike<number>,
  w: SpatialWeights,
  options: LocalMoranOptions = {},
): LocalMoranSetup {
  const { permutations = 999, rng = createRng(1), significance = 0.05 } = options;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new Error('localMoran requires a non-negative integer number of permutations');
  }
  if (!(significance > 0 && significance < 1)) {
    throw new Error('localMoran requires a significance level between 0 and 1');
  }
  const values = checkValues('localMoran', y, w);
  const n = values.length;
  const z = standardise(values);
  // Σ z² = n for standardised z, so I_i = (n − 1) / n · z_i · lag_i.
  const scale = (n - 1) / n;
  const { Is, lag, quadrant } = observed(z, w, scale);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, w.offsets[i + 1]! - w.offsets[i]!);
  const stream = new RandomStream(rng);
  const rows = permutations === 0 ? 0 : Math.max(permutations, TABLE_ROWS);
  const width = Math.min(maxDegree, n - 1);
  const table = neighbourTable(stream, n, rows, width);
  const start = new Int32Array(n).fill(-1);
  for (let i = 0; permutations > 0 && i < n; i++) {
    let degree = 0;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) if (w.neighbours[k] !== i) degree++;
    if (degree > 0) start[i] = stream.below(rows);
  }
  const zf = Float32Array.from(z);
  return {
    n,
    w,
    z,
    zf,
    scale,
    Is,
    lag,
    quadrant,
    permutations,
    significance,
    table,
    rows,
    width,
    start,
  };
}

/** (y − ȳ) / sd, sd with divisor n (esda's `z`), in place of `values` (a copy of y). */
function standardise(values: Float64Array): Float64Array {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  if (ss === 0) throw new Error('localMoran requires values that are not all equal');
  const sd = Math.sqrt(ss / n);
  for (let i = 0; i < n; i++) values[i] = (values[i]! - mean) / sd;
  return values;
}

/** Spatial lag, I_i and Moran-scatterplot quadrant of each observation. */
function observed(
  z: Float64Array,
  w: SpatialWeights,
  scale: number,
): { Is: Float64Array; lag: Float64Array; quadrant: Uint8Array } {
  const { n, offsets, neighbours, weights } = w;
  const Is = new Float64Array(n);
  const lag = new Float64Array(n);
  const quadrant = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let l = 0;
    let self = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = neighbours[k]!;
      if (j === i) self += weights[k]!;
      else l += weights[k]! * z[j]!;
    }
    const zi = z[i]!;
    lag[i] = l + self * zi;
    Is[i] = scale * zi * lag[i]!;
    quadrant[i] = zi > 0 ? (lag[i]! > 0 ? 1 : 4) : lag[i]! > 0 ? 2 : 3;
  }
  return { Is, lag, quadrant };
}

/**
 * The table of random neighbour sets: each row holds `width` distinct ranks in 0 … n − 2 (a
 * partial Fisher–Yates over a rank buffer, restored after each row).
 */
function neighbourTable(stream: RandomStream, n: number, rows: number, width: number): Int32Array {
  const table = new Int32Array(rows * width);
  const pool = new Int32Array(Math.max(n - 1, 0));
  for (let r = 0; r < pool.length; r++) pool[r] = r;
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < width; t++) {
      const pick = t + stream.below(n - 1 - t);
      const drawn = pool[pick]!;
      pool[pick] = pool[t]!;
      pool[t] = drawn;
      table[r * width + t] = drawn;
    }
    for (let t = 0; t < width; t++) {
      const drawn = table[r * width + t]!;
      pool[t] = t;
      pool[drawn] = drawn;
    }
  }
  return table;
}
