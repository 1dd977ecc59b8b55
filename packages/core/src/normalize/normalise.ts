import type { NormaliseMethod } from '../scenario/types.ts';
import type { Direction } from '../types.ts';
import { isConstant } from './isConstant.ts';

/** Options of {@link normalise}. */
export interface NormaliseOptions {
  /** `minmax` (default), `zscore`, `rank`, `percentile` or `goalposts`. */
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
 * When the values are constant (see {@link isConstant}), every data-driven method returns the
 * middle of its scale for the present values: the midpoint of `range` (minmax), 0 (zscore),
 * 0.5 (rank), 50 (percentile).
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
  const n = values.length;
  // One allocation per call; every path below writes every cell (NaN where the input is missing).
  const out = new Float64Array(n);
  if (method === 'goalposts') {
    if (goalposts === undefined)
      throw new Error('normalise requires goalposts for method goalposts');
    const [g0, g1] = goalposts;
    if (!(Number.isFinite(g0) && Number.isFinite(g1) && g0 < g1)) {
      throw new Error('normalise requires goalposts [low, high] with low < high');
    }
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) {
        out[i] = Number.NaN;
        continue;
      }
      const c = Math.min(Math.max(v, g0), g1);
      const t = flip ? (g1 - c) / (g1 - g0) : (c - g0) / (g1 - g0);
      out[i] = lo + t * (hi - lo);
    }
    return out;
  }
  if (method !== 'minmax' && method !== 'zscore' && method !== 'rank' && method !== 'percentile') {
    throw new Error(`normalise requires a known method, not ${method}`);
  }
  if (isConstant(values)) {
    const middle =
      method === 'minmax' ? (lo + hi) / 2 : method === 'zscore' ? 0 : method === 'rank' ? 0.5 : 50;
    for (let i = 0; i < n; i++) out[i] = Number.isNaN(values[i]!) ? Number.NaN : middle;
    return out;
  }
  if (method === 'minmax') {
    // Two interleaved extrema per pass halve the dependency chains; min and max do not depend
    // on the order of the comparisons, so the result is the same.
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let min2 = Number.POSITIVE_INFINITY;
    let max2 = Number.NEGATIVE_INFINITY;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const v = values[i]!;
      const w = values[i + 1]!;
      if (v < min) min = v;
      if (v > max) max = v;
      if (w < min2) min2 = w;
      if (w > max2) max2 = w;
    }
    if (i < n) {
      const v = values[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min2 < min) min = min2;
    if (max2 > max) max = max2;
    // Values near ±1.8e308 overflow max − min (and x − min) to Infinity, and ∞/∞ is NaN: halve
    // every term first (exact for normal numbers), which keeps the ratio and every difference
    // finite.
    const s = Number.isFinite(max - min) ? 1 : 0.5;
    const span = s * max - s * min;
    const width = hi - lo;
    // NaN stays NaN through the arithmetic, so the loops need no test.
    if (flip) for (let i = 0; i < n; i++) out[i] = lo + ((s * max - s * values[i]!) / span) * width;
    else for (let i = 0; i < n; i++) out[i] = lo + ((s * values[i]! - s * min) / span) * width;
    return out;
  }
  if (method === 'zscore') {
    let m = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      m += v;
      count++;
    }
    m /= count;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (!Number.isNaN(v)) ss += (v - m) * (v - m);
    }
    const sd = Math.sqrt(ss / (count - 1));
    // A spread so small that 1/sd overflows (subnormal values) counts as no spread: z = 0.
    if (!Number.isFinite(1 / sd)) {
      for (let i = 0; i < n; i++) out[i] = Number.isNaN(values[i]!) ? Number.NaN : 0;
      return out;
    }
    for (let i = 0; i < n; i++) {
      const z = (values[i]! - m) / sd;
      out[i] = flip ? -z : z;
    }
    return out;
  }
  // rank / percentile: average ranks of the need-oriented values.
  out.fill(Number.NaN);
  let m = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) m++;
  const idx = new Int32Array(m);
  const key = new Float64Array(m);
  for (let i = 0, j = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    idx[j] = i;
    key[j] = flip ? -v : v;
    j++;
  }
  const order = Array.from({ length: m }, (_, j) => j).sort((a, b) => key[a]! - key[b]!);
  let start = 0;
  while (start < m) {
    let end = start + 1;
    while (end < m && key[order[end]!] === key[order[start]!]) end++;
    // Positions start..end-1 (0-based) share ranks start+1..end: average (start + end + 1)/2.
    const avg = (start + end + 1) / 2;
    const value = method === 'rank' ? (avg - 1) / (m - 1) : (100 * (avg - 0.5)) / m;
    for (let k = start; k < end; k++) out[idx[order[k]!]!] = value;
    start = end;
  }
  return out;
}
