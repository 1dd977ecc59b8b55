/** A typed array constructor the scatter functions fill. */
type Typed = Float64Array | Int32Array | Uint8Array;

/**
 * Puts each group's values back at its rows of the table: `out[rows[g][k]] = parts[g][k]`. The
 * inverse of gathering a group's rows. A group of consecutive rows is copied in one block (a
 * table sorted by village code has every kabupaten and province in one block). O(n).
 *
 * @param make - Makes the output array of length `n`.
 * @param rows - Rows of each group.
 * @param parts - Values of each group, one per row of that group.
 * @example
 * scatter((n) => new Float64Array(n), [Int32Array.of(1), Int32Array.of(0, 2)], [Float64Array.of(5), Float64Array.of(7, 9)]);
 * // => Float64Array [7, 5, 9]
 */
export function scatter<T extends Typed>(
  make: (n: number) => T,
  rows: readonly Int32Array[],
  parts: readonly ArrayLike<number>[],
): T {
  let n = 0;
  for (const r of rows) n += r.length;
  const out = make(n);
  for (let g = 0; g < rows.length; g++) {
    const r = rows[g]!;
    const src = parts[g]!;
    if (r.length === 0) continue;
    // Rows ascending and distinct: a group of consecutive rows (a table sorted by code) is a copy.
    if (r[r.length - 1]! - r[0]! === r.length - 1) out.set(src, r[0]!);
    else for (let k = 0; k < r.length; k++) out[r[k]!] = src[k]!;
  }
  return out;
}
