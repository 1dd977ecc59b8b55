import type { ImputeOutput } from '../result.ts';
import { groupIndex } from '../table/groupIndex.ts';
import type { MissingPolicy } from '../types.ts';
import { medianInPlace } from './medianInPlace.ts';
import { medianOfPresent } from './medianOfPresent.ts';

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
 * Method: a scan for a missing value (nothing else is done when there is none); the mean in one
 * pass, or the median by radix select (two passes: a 16-bit histogram, then quickselect within the
 * one bucket holding the middle, so the present values are never copied); one pass writing the
 * values with the gaps filled. For `kecamatan-median` a counting sort by kecamatan and a
 * quickselect median only for the kecamatan that have a missing value. O(n) expected.
 *
 * @example
 * impute(new Float64Array([1, NaN, 3, 10]), { method: 'median' }).values;
 * // => Float64Array [1, 3, 3, 10]
 */
export function impute(values: Float64Array, options: ImputeOptions = {}): ImputeOutput {
  if (!(values instanceof Float64Array)) throw new Error('impute requires a Float64Array');
  const { method = 'none', groups } = options;
  const n = values.length;
  const imputed = new Uint8Array(n);
  if (method === 'none') return { values, imputed };
  if (method !== 'mean' && method !== 'median' && method !== 'kecamatan-median') {
    throw new Error(`impute requires method none, mean, median or kecamatan-median, not ${method}`);
  }
  if (method === 'kecamatan-median' && (!Array.isArray(groups) || groups.length !== n)) {
    throw new Error(
      `impute requires groups with one kecamatan per value (${n}) for kecamatan-median`,
    );
  }
  // Nothing to fill when no value is missing, and nothing to fill from when none is present.
  let firstMissing = 0;
  while (firstMissing < n && !Number.isNaN(values[firstMissing]!)) firstMissing++;
  if (firstMissing === n) return { values, imputed };
  let firstPresent = 0;
  while (firstPresent < n && Number.isNaN(values[firstPresent]!)) firstPresent++;
  if (firstPresent === n) return { values, imputed };
  let overall: number;
  if (method === 'mean') {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      sum += v;
      count++;
    }
    overall = sum / count;
  } else {
    overall = medianOfPresent(values);
  }
  const out = new Float64Array(n);
  if (method !== 'kecamatan-median') {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) {
        out[i] = overall;
        imputed[i] = 1;
      } else out[i] = v;
    }
    return { values: out, imputed };
  }
  out.set(values);
  let missing = 0;
  for (let i = 0; i < n; i++) if (Number.isNaN(values[i]!)) missing++;
  // Counting sort of the present values by group, then a median per group that needs one.
  const { ids, keys } = groupIndex(groups!);
  const g = keys.length;
  const start = new Int32Array(g + 1);
  const needs = new Uint8Array(g);
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(values[i]!)) start[ids[i]! + 1]!++;
    else needs[ids[i]!] = 1;
  }
  for (let k = 0; k < g; k++) start[k + 1]! += start[k]!;
  const cursor = start.slice(0, g);
  const sorted = new Float64Array(n - missing);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) sorted[cursor[ids[i]!]!++] = v;
  }
  const medians = new Float64Array(g).fill(overall);
  for (let k = 0; k < g; k++) {
    if (needs[k] === 1 && start[k + 1]! > start[k]!) {
      medians[k] = medianInPlace(sorted, start[k]!, start[k + 1]!);
    }
  }
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(out[i]!)) {
      out[i] = medians[ids[i]!]!;
      imputed[i] = 1;
    }
  }
  return { values: out, imputed };
}
