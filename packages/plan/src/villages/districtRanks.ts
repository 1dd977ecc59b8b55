/**
 * Rank of each value among the present ones, neediest first: descending when `higherIsWorse`,
 * ascending otherwise; ties share the smallest rank; missing (`NaN`) values get `NaN`.
 * O(n log n).
 *
 * @example
 * Array.from(districtRanks(Float64Array.from([5, 9, NaN, 9]), true)); // => [3, 1, NaN, 1]
 */
export function districtRanks(values: Float64Array, higherIsWorse: boolean): Float64Array {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) idx.push(i);
  const sign = higherIsWorse ? -1 : 1;
  idx.sort((a, b) => sign * (values[a]! - values[b]!) || a - b);
  const out = new Float64Array(values.length).fill(Number.NaN);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const prev = k === 0 ? -1 : idx[k - 1]!;
    out[i] = k > 0 && values[prev] === values[i] ? out[prev]! : k + 1;
  }
  return out;
}
