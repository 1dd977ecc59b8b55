import type { AggregateOutput } from '../result.ts';
import type { IndicatorColumns } from '../types.ts';
import { prepareColumns } from './prepareColumns.ts';

/**
 * Weighted arithmetic mean of the normalised indicators (COINr `a_amean`; OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, §6.2): fully compensatory, a high value in one indicator
 * makes up for a low value in another.
 *
 * Method: score_i = Σ_{j present} w_j x_ij / Σ_{j present} w_j, i.e. weights are renormalised per
 * village over its present (non-`NaN`) values. A village with no present value (or only
 * zero-weighted ones) gets `NaN`. `details.coverage` is the share of the total weight that was
 * present for each village. O(n·m), column-major over typed arrays with no per-village objects;
 * the present weight is accumulated village by village only when some column has a gap.
 *
 * @param columns - Oriented normalised columns (higher = more need).
 * @param weights - Weight by indicator id, non-negative (rescaled to sum to 1); only these
 *   columns are used.
 * @returns Scores, higher = higher priority; method `arithmetic`.
 * @throws When a weighted indicator has no column, lengths differ or the weights are invalid.
 * @example
 * arithmeticMean({ a: Float64Array.of(10, 0), b: Float64Array.of(20, NaN) }, { a: 1, b: 3 })
 *   .score; // => Float64Array [17.5, 0]
 */
export function arithmeticMean(
  columns: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
): AggregateOutput {
  const { cols, w, n } = prepareColumns('arithmeticMean', columns, weights);
  const sum = new Float64Array(n);
  const present = new Float64Array(n);
  // Pass 1: the weighted sums, noting which columns have a gap.
  let gaps = false;
  const gapped = new Uint8Array(cols.length);
  for (let j = 0; j < cols.length; j++) {
    const wj = w[j]!;
    if (wj === 0) continue;
    const x = cols[j]!;
    let missing = false;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (!Number.isNaN(v)) sum[i]! += wj * v;
      else missing = true;
    }
    if (missing) {
      gapped[j] = 1;
      gaps = true;
    }
  }
  // Pass 2: the present weight of each village, added in column order as the sums were. Without
  // any gap it is the same for every village, so it is summed once.
  if (gaps) {
    for (let j = 0; j < cols.length; j++) {
      const wj = w[j]!;
      if (wj === 0) continue;
      const x = cols[j]!;
      if (gapped[j] === 0) for (let i = 0; i < n; i++) present[i]! += wj;
      else for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) present[i]! += wj;
    }
  } else {
    let p = 0;
    for (let j = 0; j < cols.length; j++) if (w[j]! !== 0) p += w[j]!;
    present.fill(p);
  }
  for (let i = 0; i < n; i++) {
    const p = present[i]!;
    sum[i] = p > 0 ? sum[i]! / p : Number.NaN;
  }
  return { method: 'arithmetic', score: sum, details: { coverage: present }, summary: {} };
}
