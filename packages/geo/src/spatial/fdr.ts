/** Output of {@link fdr}. */
export interface FdrResult {
  /** Benjamini–Hochberg adjusted p-values (R's `p.adjust(p, "BH")`). */
  readonly adjusted: Float64Array;
  /** 1 where the adjusted p-value is ≤ alpha (the BH step-up decision). */
  readonly significant: Uint8Array;
  /**
   * PySAL esda's `fdr` cutoff: the largest k·alpha/n with p_(k) < k·alpha/n, or alpha/n when
   * there is none. esda flags p < cutoff; with strict comparison this can differ from
   * `significant` only for a p-value exactly on a step.
   */
  readonly threshold: number;
}

/**
 * False discovery rate control for many local tests (e.g. the n local Moran p-values of a
 * district).
 *
 * Method: Benjamini & Hochberg (1995), J. R. Stat. Soc. B 57(1): sort p ascending, adjusted
 * p_(k) = min_{m ≥ k} min(1, n p_(m) / m). O(n log n).
 *
 * @param pValues - p-values in [0, 1].
 * @param options - `alpha`, the false discovery rate (default 0.05).
 * @example
 * Array.from(fdr([0.01, 0.04, 0.03, 0.2]).adjusted); // => [0.04, 0.05333333333333334, 0.05333333333333334, 0.2]
 */
export function fdr(
  pValues: ArrayLike<number>,
  options: { readonly alpha?: number } = {},
): FdrResult {
  const { alpha = 0.05 } = options;
  if (!(alpha > 0 && alpha < 1)) throw new Error('fdr requires alpha between 0 and 1');
  const n = pValues.length;
  const p = Float64Array.from(pValues);
  for (let i = 0; i < n; i++) {
    if (!(p[i]! >= 0 && p[i]! <= 1))
      throw new Error(`fdr requires p-values in [0, 1] (value ${i})`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
  const adjusted = new Float64Array(n);
  let running = 1;
  let threshold = alpha / n;
  let found = false;
  for (let k = n; k >= 1; k--) {
    const i = order[k - 1]!;
    running = Math.min(running, (n * p[i]!) / k);
    adjusted[i] = running;
    const step = (k * alpha) / n;
    if (!found && p[i]! < step) {
      threshold = step;
      found = true;
    }
  }
  const significant = new Uint8Array(n);
  for (let i = 0; i < n; i++) significant[i] = adjusted[i]! <= alpha ? 1 : 0;
  return { adjusted, significant, threshold };
}
