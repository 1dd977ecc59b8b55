/**
 * Vector (L2) normalisation: r = x / √(Σ x²) over the present values, the normalisation of
 * TOPSIS (Hwang & Yoon 1981; Opricovic & Tzeng 2004, eq. 1); when `flip`, 1 − r, as pymcdm's
 * `vector_normalization(x, cost=True)` (Shekhovtsov, pymcdm 1.4, normalizations.py) so that a
 * `higher-is-better` indicator also reads higher = more need. Meant for non-negative data, where
 * r lies in [0, 1]; `range` does not apply. All-zero present values give 0 (1 when flipped).
 * `NaN` stays `NaN`. O(n).
 *
 * @param values - Finite values or `NaN`.
 * @param flip - Return 1 − r (for `higher-is-better`).
 * @example
 * vectorNormalise(Float64Array.of(3, 4), false); // => Float64Array [0.6, 0.8]
 */
export function vectorNormalise(values: Float64Array, flip: boolean): Float64Array {
  const n = values.length;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) ss += v * v;
  }
  // Σx² overflows for |x| above about 1e154: scale by the largest magnitude first.
  let scale = 1;
  if (!Number.isFinite(ss)) {
    scale = 0;
    for (let i = 0; i < n; i++) if (Math.abs(values[i]!) > scale) scale = Math.abs(values[i]!);
    ss = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]! / scale;
      if (!Number.isNaN(v)) ss += v * v;
    }
  }
  const norm = Math.sqrt(ss);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = norm > 0 ? values[i]! / scale / norm : values[i]! * 0;
    out[i] = flip ? 1 - r : r;
  }
  return out;
}
