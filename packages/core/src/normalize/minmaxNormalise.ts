/**
 * Min–max normalisation (COINr `n_minmax`): (x − min)/(max − min) mapped to `[lo, hi]`, or
 * (max − x)/(max − min) when `flip`. `NaN` stays `NaN`. Expects at least two distinct present
 * values (the caller handles constant columns). Values near ±1.8e308 are halved first so that
 * max − min stays finite. O(n).
 *
 * @param values - Finite values or `NaN`.
 * @param range - Output `[lo, hi]`.
 * @param flip - Reverse the scale (for `higher-is-better`).
 * @example
 * minmaxNormalise(Float64Array.of(0, 5, 10), [0, 100], false); // => Float64Array [0, 50, 100]
 */
export function minmaxNormalise(
  values: Float64Array,
  range: readonly [number, number],
  flip: boolean,
): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  const [lo, hi] = range;
  const [min, max] = extremes(values);
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

/** Smallest and largest present value. */
function extremes(values: Float64Array): [number, number] {
  // Two interleaved extrema per pass halve the dependency chains; min and max do not depend
  // on the order of the comparisons, so the result is the same.
  const n = values.length;
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
  return [Math.min(min, min2), Math.max(max, max2)];
}
