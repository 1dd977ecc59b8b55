/**
 * Rank-based normalisations of the need-oriented values (−x when `flip`), with average ranks for
 * ties (R's `rank(ties.method = "average")`, as COINr `n_rank`) over the m present values:
 * - `rank`: (rank − 1)/(m − 1), in [0, 1];
 * - `percentile`: 100·(rank − ½)/m = 100·(below + ½·equal)/m, in (0, 100).
 *
 * `NaN` stays `NaN`. O(n log n).
 *
 * @param values - Finite values or `NaN`.
 * @param method - `rank` or `percentile`.
 * @param flip - Rank −x instead of x (for `higher-is-better`).
 * @example
 * rankNormalise(Float64Array.of(10, 30, 20, 20), 'rank', false); // => Float64Array [0, 1, 0.5, 0.5]
 */
export function rankNormalise(
  values: Float64Array,
  method: 'rank' | 'percentile',
  flip: boolean,
): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(Number.NaN);
  let m = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) m++;
  const idx = new Int32Array(m);
  const key = new Float64Array(m);
  for (let i = 0, j = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    idx[j] = i;
    key[j] = flip ? -v : v;
    j++;
  }
  const order = Array.from({ length: m }, (_, j) => j).sort((a, b) => key[a]! - key[b]!);
  let start = 0;
  while (start < m) {
    let end = start + 1;
    while (end < m && key[order[end]!] === key[order[start]!]) end++;
    // Positions start..end-1 (0-based) share ranks start+1..end: average (start + end + 1)/2.
    const avg = (start + end + 1) / 2;
    const value = method === 'rank' ? (avg - 1) / (m - 1) : (100 * (avg - 0.5)) / m;
    for (let k = start; k < end; k++) out[idx[order[k]!]!] = value;
    start = end;
  }
  return out;
}
