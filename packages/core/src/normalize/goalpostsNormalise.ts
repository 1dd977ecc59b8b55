/**
 * Goalpost normalisation (COINr `n_goalposts`): x clipped to `[low, high]`,
 * (x − low)/(high − low) mapped to `range`; (high − x)/(high − low) when `flip`. Needs no
 * data-driven scale. `NaN` stays `NaN`. O(n).
 *
 * @param values - Finite values or `NaN`.
 * @param goalposts - `[low, high]` in the indicator's own units, low < high.
 * @param range - Output `[lo, hi]`.
 * @param flip - Reverse the scale (for `higher-is-better`).
 * @throws When the goalposts are not finite and increasing.
 * @example
 * goalpostsNormalise(Float64Array.of(-5, 5, 20), [0, 10], [0, 100], false); // => Float64Array [0, 50, 100]
 */
export function goalpostsNormalise(
  values: Float64Array,
  goalposts: readonly [number, number],
  range: readonly [number, number],
  flip: boolean,
): Float64Array {
  const [g0, g1] = goalposts;
  if (!(Number.isFinite(g0) && Number.isFinite(g1) && g0 < g1)) {
    throw new Error('normalise requires goalposts [low, high] with low < high');
  }
  const [lo, hi] = range;
  const n = values.length;
  const out = new Float64Array(n);
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
