import { mean, median } from 'simple-statistics';
import type { ImputeOutput } from '../result.ts';
import type { MissingPolicy } from '../types.ts';

/** Options of {@link impute}. */
export interface ImputeOptions {
  /** Missing-data policy (default `none`). */
  readonly method?: MissingPolicy;
  /** Kecamatan code of each village; required by `kecamatan-median`. */
  readonly groups?: readonly string[];
}

/**
 * Fills missing values (`NaN`) of one indicator. Present values are never changed.
 * - `none`: nothing is filled; the village stays unranked (see `excludedByMissing`).
 * - `mean` / `median`: the mean / median of the present values (COINr `Impute()` with
 *   `f_i = "i_mean"` / `"i_median"`).
 * - `kecamatan-median`: the median of the present values in the same kecamatan (`groups`), like
 *   COINr's `i_median_grp`. A kecamatan with no present value at all falls back to the median of
 *   the whole indicator, so every village of that kecamatan gets the district median.
 * When no value at all is present, nothing can be filled and the values stay `NaN`.
 * Medians of an even count average the two middle values (simple-statistics `median`).
 *
 * Method: one pass to collect present values (per group), a median per group. O(n log n).
 *
 * @example
 * impute(new Float64Array([1, NaN, 3, 10]), { method: 'median' }).values;
 * // => Float64Array [1, 3, 3, 10]
 */
export function impute(values: Float64Array, options: ImputeOptions = {}): ImputeOutput {
  if (!(values instanceof Float64Array)) throw new Error('impute requires a Float64Array');
  const { method = 'none', groups } = options;
  const n = values.length;
  const out = values.slice();
  const imputed = new Uint8Array(n);
  if (method === 'none') return { values: out, imputed };
  if (method !== 'mean' && method !== 'median' && method !== 'kecamatan-median') {
    throw new Error(`impute requires method none, mean, median or kecamatan-median, not ${method}`);
  }
  if (method === 'kecamatan-median' && (!Array.isArray(groups) || groups.length !== n)) {
    throw new Error(
      `impute requires groups with one kecamatan per value (${n}) for kecamatan-median`,
    );
  }
  const present: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) present.push(v);
  }
  if (present.length === 0 || present.length === n) return { values: out, imputed };
  const overall = method === 'mean' ? mean(present) : median(present);
  let fill = (_i: number): number => overall;
  if (method === 'kecamatan-median') {
    const byGroup = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      const g = groups![i]!;
      const list = byGroup.get(g);
      if (list === undefined) byGroup.set(g, [v]);
      else list.push(v);
    }
    const medians = new Map<string, number>();
    for (const [g, list] of byGroup) medians.set(g, median(list));
    fill = (i) => medians.get(groups![i]!) ?? overall;
  }
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(out[i]!)) {
      out[i] = fill(i);
      imputed[i] = 1;
    }
  }
  return { values: out, imputed };
}
