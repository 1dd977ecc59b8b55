import type { NormaliseMethod } from '../scenario/types.ts';
import type { Direction } from '../types.ts';
import { goalpostsNormalise } from './goalpostsNormalise.ts';
import { isConstant } from './isConstant.ts';
import { minmaxNormalise } from './minmaxNormalise.ts';
import { rankNormalise } from './rankNormalise.ts';
import { vectorNormalise } from './vectorNormalise.ts';
import { zscoreNormalise } from './zscoreNormalise.ts';

/** Options of {@link normalise}. */
export interface NormaliseOptions {
  /** `minmax` (default), `zscore`, `rank`, `percentile`, `goalposts` or `vector`. */
  readonly method?: NormaliseMethod;
  /** Declared direction of the raw indicator; `higher-is-better` is flipped. */
  readonly direction: Direction;
  /** Output range of `minmax` and `goalposts` (default [0, 100]). */
  readonly range?: readonly [number, number];
  /** `[low, high]` in the indicator's own units; required by `goalposts`. */
  readonly goalposts?: readonly [number, number];
}

/**
 * Normalises one indicator so that higher always means more need (a `higher-is-better`
 * indicator such as IDM is flipped). `NaN` stays `NaN`; inputs are expected finite or `NaN`
 * (`validateTable` reports infinities). Methods (COINr's `Normalise()` family):
 * - `minmax` (COINr `n_minmax`): (x − min)/(max − min) mapped to `range`, default [0, 100];
 *   flipped as (max − x)/(max − min).
 * - `zscore` (COINr `n_zscore`): (x − mean)/sd with the SAMPLE standard deviation (n − 1), as
 *   COINr uses R's `sd()`; flipped by changing the sign. `range` is ignored. A spread so small
 *   that 1/sd overflows (subnormal values) counts as no spread: every present value gives 0.
 * - `rank`: average rank of ties (R's `rank(ties.method = "average")`, as COINr `n_rank`),
 *   rescaled as (rank − 1)/(m − 1) to [0, 1] over the m present values; higher need → higher.
 * - `percentile`: percentile rank 100·(below + ½·equal)/m, in (0, 100); the average-rank
 *   counterpart (rank − ½)/m, so ties share a value and all-equal data sit at 50.
 * - `goalposts` (COINr `n_goalposts`): x clipped to [low, high], (x − low)/(high − low) mapped to
 *   `range`; flipped as (high − x)/(high − low). Needs no data-driven scale.
 * - `vector` (TOPSIS's L2 normalisation): x/√(Σx²), in [0, 1] for non-negative data; flipped as
 *   1 − x/√(Σx²), as pymcdm's `vector_normalization(x, cost=True)`. `range` is ignored; a
 *   constant column keeps its value 1/√m (it separates no village either way).
 * When the values are constant (see {@link isConstant}), every data-driven method returns the
 * middle of its scale for the present values: the midpoint of `range` (minmax), 0 (zscore),
 * 0.5 (rank), 50 (percentile).
 *
 * Each method is its own function ({@link minmaxNormalise}, {@link zscoreNormalise},
 * {@link rankNormalise}, {@link goalpostsNormalise}, {@link vectorNormalise}); this one checks the
 * options, handles constant columns and dispatches.
 *
 * Source: W. Becker et al., COINr, R/normalise.R; OECD/JRC Handbook on Constructing Composite
 * Indicators (2008), §5. Complexity O(n) for minmax, zscore and goalposts; O(n log n) for rank
 * and percentile.
 *
 * @throws When `direction` is missing, `range` is not increasing, or `goalposts` is missing or
 * not increasing for method `goalposts`.
 * @example
 * normalise(new Float64Array([0, 5, 10]), { direction: 'higher-is-worse' });
 * // => Float64Array [0, 50, 100]
 * normalise(new Float64Array([0, 5, 10]), { direction: 'higher-is-better' });
 * // => Float64Array [100, 50, 0]
 */
export function normalise(values: Float64Array, options: NormaliseOptions): Float64Array {
  if (!(values instanceof Float64Array)) throw new Error('normalise requires a Float64Array');
  const { method = 'minmax', direction, range = [0, 100], goalposts } = options ?? {};
  if (direction !== 'higher-is-worse' && direction !== 'higher-is-better') {
    throw new Error('normalise requires a direction: higher-is-worse or higher-is-better');
  }
  const [lo, hi] = range;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new Error('normalise requires a range [low, high] with low < high');
  }
  const flip = direction === 'higher-is-better';
  switch (method) {
    case 'goalposts':
      if (goalposts === undefined) {
        throw new Error('normalise requires goalposts for method goalposts');
      }
      return goalpostsNormalise(values, goalposts, range, flip);
    case 'vector':
      return vectorNormalise(values, flip);
    case 'minmax':
    case 'zscore':
    case 'rank':
    case 'percentile':
      if (isConstant(values)) return middleOfScale(values, method, range);
      if (method === 'minmax') return minmaxNormalise(values, range, flip);
      if (method === 'zscore') return zscoreNormalise(values, flip);
      return rankNormalise(values, method, flip);
    default:
      throw new Error(`normalise requires a known method, not ${String(method)}`);
  }
}

/** The middle of a data-driven method's scale for every present value of a constant column. */
function middleOfScale(
  values: Float64Array,
  method: 'minmax' | 'zscore' | 'rank' | 'percentile',
  [lo, hi]: readonly [number, number],
): Float64Array {
  const middle =
    method === 'minmax' ? (lo + hi) / 2 : method === 'zscore' ? 0 : method === 'rank' ? 0.5 : 50;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Number.isNaN(values[i]!) ? Number.NaN : middle;
  return out;
}
