import type { IndicatorColumns } from '../types.ts';

/**
 * Marks villages that cannot be scored because some indicator is still missing after imputation
 * (policy `none`, or an indicator with no present value at all): 1 where any column is `NaN`.
 * With no columns the result is empty (length 0).
 *
 * Method: one pass over every column. O(n · indicators).
 *
 * @throws When the columns differ in length.
 * @example
 * excludedByMissing({ a: new Float64Array([1, NaN]), b: new Float64Array([NaN, 2]) });
 * // => Uint8Array [1, 1]
 */
export function excludedByMissing(columns: IndicatorColumns): Uint8Array {
  const cols = Object.values(columns);
  const first = cols[0];
  if (first === undefined) return new Uint8Array(0);
  const n = first.length;
  const out = new Uint8Array(n);
  for (const col of cols) {
    if (col.length !== n) throw new Error('excludedByMissing requires columns of equal length');
    for (let i = 0; i < n; i++) {
      const v = col[i]!;
      if (Number.isNaN(v)) out[i] = 1;
    }
  }
  return out;
}
