/**
 * Z-score normalisation (COINr `n_zscore`): (x − mean)/sd over the present values with the
 * SAMPLE standard deviation (n − 1), as COINr uses R's `sd()`; the sign changes when `flip`.
 * `NaN` stays `NaN`. A spread so small that 1/sd overflows (subnormal values) counts as no
 * spread: every present value gives 0. O(n).
 *
 * @param values - Finite values or `NaN`.
 * @param flip - Reverse the sign (for `higher-is-better`).
 * @example
 * zscoreNormalise(Float64Array.of(1, 2, 3), false); // => Float64Array [-1, 0, 1]
 */
export function zscoreNormalise(values: Float64Array, flip: boolean): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
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
