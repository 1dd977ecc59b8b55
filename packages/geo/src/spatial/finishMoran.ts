import type { MoranResult } from './moranI.ts';
import type { MoranSetup } from './prepareMoran.ts';

/**
 * The result of {@link moranI} from its setup and the permuted cross products Σ_ij w_ij z_π(i)
 * z_π(j) of permutations 0 … R − 1 in order (which become the permuted I in place).
 *
 * @example
 * const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
 * const setup = prepareMoran([1, 2, 3, 4], w, { permutations: 0 });
 * finishMoran(setup, new Float64Array(0)).I; // => 0.3333333333333333
 */
export function finishMoran(setup: MoranSetup, crossProducts: Float64Array): MoranResult {
  const { n, I, scale, permutations, analytic } = setup;
  if (crossProducts.length !== permutations) {
    throw new Error('finishMoran requires one cross product per permutation');
  }
  const simulations = crossProducts;
  let sum = 0;
  let sumSq = 0;
  let above = 0;
  for (let r = 0; r < permutations; r++) {
    const value = scale * simulations[r]!;
    simulations[r] = value;
    sum += value;
    sumSq += value * value;
    if (value >= I) above++;
  }
  const extreme = Math.min(above, permutations - above);
  const expectedSim = permutations > 0 ? sum / permutations : Number.NaN;
  const seSim =
    permutations > 0
      ? Math.sqrt(Math.max(0, sumSq / permutations - expectedSim * expectedSim))
      : Number.NaN;
  return {
    n,
    I,
    ...analytic,
    permutations,
    pSim: permutations > 0 ? (extreme + 1) / (permutations + 1) : Number.NaN,
    zSim: (I - expectedSim) / seSim,
    expectedSim,
    seSim,
    simulations,
  };
}
