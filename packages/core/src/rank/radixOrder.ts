const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Options of {@link radixOrder}. */
export interface RadixOrderOptions {
  /** Largest value first (default false: smallest first). NaN is last either way. */
  readonly descending?: boolean;
}

/**
 * Sorts the indices `indices` by `values[index]`, stably: indices with equal values keep their
 * order in `indices`, so sorting by a secondary key first and then by this one sorts by both.
 * NaN comes last; -0 equals 0. Returns a new array; the inputs are not changed.
 *
 * Method: LSD radix sort, four 16-bit passes over 64-bit keys. Each float64 is mapped to an
 * unsigned key in the numbers' order (flip every bit of a negative, only the sign bit of a
 * positive; invert for descending), held as two 32-bit words. Passes where every key has the same
 * digit are skipped. Used instead of a comparator sort, which is several times slower in V8.
 * Complexity: O(n + 2¹⁶) time per pass, O(n) memory.
 *
 * @example
 * radixOrder([3, Number.NaN, -1, 3], Int32Array.from([0, 1, 2, 3]), { descending: true });
 * // => Int32Array [0, 3, 2, 1]
 */
export function radixOrder(
  values: ArrayLike<number>,
  indices: Int32Array,
  options: RadixOrderOptions = {},
): Int32Array {
  const { descending = false } = options;
  const n = indices.length;
  const hi = new Uint32Array(values.length);
  const lo = new Uint32Array(values.length);
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const H = LITTLE_ENDIAN ? 1 : 0;
  const L = 1 - H;
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    const v = values[i]!;
    if (Number.isNaN(v)) {
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    f[0] = v === 0 ? 0 : v;
    let h = u[H]!;
    let l = u[L]!;
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h ^= 0x80000000;
    hi[i] = (descending ? ~h : h) >>> 0;
    lo[i] = (descending ? ~l : l) >>> 0;
  }
  let src = indices.slice();
  let dst = new Int32Array(n);
  const count = new Uint32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let k = 0; k < n; k++) count[((word[src[k]!]! >>> shift) & 0xffff) + 1]!++;
    if (n === 0 || count[((word[src[0]!]! >>> shift) & 0xffff) + 1] === n) continue;
    for (let b = 0; b < 65536; b++) count[b + 1]! += count[b]!;
    for (let k = 0; k < n; k++) {
      const i = src[k]!;
      dst[count[(word[i]! >>> shift) & 0xffff]!++] = i;
    }
    [src, dst] = [dst, src];
  }
  return src;
}
