/**
 * The finite values of `values`, sorted ascending, in a new `Float64Array`. `NaN` (missing) and
 * `±Infinity` are left out; the input is not touched.
 *
 * Method: filter, then the typed array's numeric sort. O(n log n).
 *
 * @example
 * sortedFinite([3, Number.NaN, 1, 2]); // => Float64Array [ 1, 2, 3 ]
 */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i]!)) count++;
  const out = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) out[j++] = v;
  }
  return out.sort();
}
