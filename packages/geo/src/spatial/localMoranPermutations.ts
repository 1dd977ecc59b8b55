import type { LocalMoranSetup } from './prepareLocalMoran.ts';
import type { SpatialWeights } from './types.ts';

/** The part of a {@link LocalMoranSetup} that the permutation loops read. */
export type LocalMoranLoopInput = Pick<
  LocalMoranSetup,
  'z' | 'zf' | 'scale' | 'Is' | 'permutations' | 'table' | 'rows' | 'width' | 'start'
> & { readonly w: Pick<SpatialWeights, 'offsets' | 'neighbours' | 'weights'> };

/**
 * Conditional permutation inference of local Moran for observations `from` … `to` − 1: writes
 * their pseudo p-values and z_sim into `pSim[i − from]` and `zSim[i − from]` (left unchanged for
 * islands). Reads only the setup (all random draws were made by {@link prepareLocalMoran}), so
 * any split of the observations gives the same values. O(R · nnz) over the range.
 *
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * const setup = prepareLocalMoran([1, 2, 3, 4], w, { permutations: 9 });
 * const p = new Float64Array(4);
 * localMoranPermutations(setup, 0, 4, p, new Float64Array(4));
 * p.every((v) => v > 0 && v <= 0.5); // => true
 */
export function localMoranPermutations(
  setup: LocalMoranLoopInput,
  from: number,
  to: number,
  pSim: Float64Array,
  zSim: Float64Array,
): void {
  const { w, z, zf, scale, Is, permutations, table, rows, width, start } = setup;
  const { offsets, neighbours, weights } = w;
  const rowWeights = new Float64Array(Math.max(width, 1));
  for (let i = from; i < to; i++) {
    if (start[i]! < 0) continue;
    const begin = offsets[i]!;
    const end = offsets[i + 1]!;
    // Other neighbours (self excluded), drawn from the other n − 1 observations.
    let degree = 0;
    let self = 0;
    for (let k = begin; k < end; k++) {
      if (neighbours[k] !== i) rowWeights[degree++] = weights[k]!;
      else self += weights[k]!;
    }
    const zi = z[i]!;
    const factor = scale * zi;
    const fixed = self * zi;
    // Permuted sums read single-precision z (half the memory, so the random reads mostly hit
    // the cache); the observed value is recomputed the same way so that ties compare exactly.
    let observedSum = fixed;
    for (let k = begin, t = 0; k < end; k++) {
      if (neighbours[k] !== i) observedSum += rowWeights[t++]! * zf[neighbours[k]!]!;
    }
    const observed = factor * observedSum;
    let above = 0;
    let sum = 0;
    let sumSq = 0;
    let row = start[i]!;
    for (let r = 0; r < permutations; r++) {
      let s = fixed;
      const base = row * width;
      for (let t = 0; t < degree; t++) {
        const drawn = table[base + t]!;
        s += rowWeights[t]! * zf[drawn < i ? drawn : drawn + 1]!;
      }
      if (++row === rows) row = 0;
      const v = factor * s;
      sum += v;
      sumSq += v * v;
      if (v >= observed) above++;
    }
    const extreme = Math.min(above, permutations - above);
    pSim[i - from] = (extreme + 1) / (permutations + 1);
    const mu = sum / permutations;
    zSim[i - from] = (Is[i]! - mu) / Math.sqrt(Math.max(0, sumSq / permutations - mu * mu));
  }
}
