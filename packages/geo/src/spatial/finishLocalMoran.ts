import type { LocalMoranResult } from './localMoran.ts';
import { localMoranMoments } from './localMoranMoments.ts';
import type { LocalMoranSetup } from './prepareLocalMoran.ts';

/**
 * The result of {@link localMoran} from its setup and the permutation p-values and z_sim of all
 * observations (NaN for islands): significant clusters and the analytic moments.
 *
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * const setup = prepareLocalMoran([1, 2, 3, 4], w, { permutations: 0 });
 * const none = new Float64Array(4).fill(Number.NaN);
 * Array.from(finishLocalMoran(setup, none, none).cluster); // => [0, 0, 0, 0]
 */
export function finishLocalMoran(
  setup: LocalMoranSetup,
  pSim: Float64Array,
  zSim: Float64Array,
): LocalMoranResult {
  const { n, w, z, Is, lag, quadrant, permutations, significance } = setup;
  const cluster = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (pSim[i]! < significance) cluster[i] = quadrant[i]!;
  const analytic = localMoranMoments(z, Is, w);
  return { n, Is, z, lag, quadrant, pSim, zSim, cluster, permutations, significance, analytic };
}
