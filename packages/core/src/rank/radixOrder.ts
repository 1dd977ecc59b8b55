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
 * positive; invert for descending), held as two 32-bit words, read straight from the bits of a
 * `Float64Array`. The keys travel with the indices, so every pass reads them in sequence; one read
 * counts the digits of all four passes, and passes where every key has the same digit are
 * skipped. The work buffers are kept between calls. A short array (≤ 1,024 indices, e.g. one
 * kabupaten of a scoped run) is sorted on the same keys by a comparator sort instead: the radix
 * passes cost O(2¹⁶) each whatever n is. Used instead of a comparator sort, which is several times slower in V8.
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
  const keys = scratch(n);
  if (values instanceof Float64Array) bitKeys(values, indices, descending, keys.hi, keys.lo);
  else numberKeys(values, indices, descending, keys.hi, keys.lo);
  if (n <= SMALL) return sortedByKeys(indices, keys.hi, keys.lo);
  histograms(keys.hi, keys.lo, keys.counts);
  const result: Int32Array = indices.slice();
  let src: Keyed = { index: result, hi: keys.hi, lo: keys.lo };
  let dst: Keyed = { index: keys.spareIndex, hi: keys.spareHi, lo: keys.spareLo };
  for (let pass = 0; pass < 4 && n > 0; pass++) {
    if (!offsets(keys.counts, pass, pass < 2 ? src.lo[0]! : src.hi[0]!, n)) continue;
    scatter(pass, keys.counts, src, dst);
    // Keys no longer needed are not moved: the low word after pass 1, the high one after pass 3.
    [src, dst] = [
      { index: dst.index, hi: pass < 3 ? dst.hi : src.hi, lo: pass === 0 ? dst.lo : src.lo },
      { index: src.index, hi: pass < 3 ? src.hi : dst.hi, lo: pass === 0 ? src.lo : dst.lo },
    ];
  }
  // After an odd number of passes the order is in the kept buffer: copy it out.
  if (src.index !== result) result.set(src.index);
  return result;
}

const DIGITS = 65536;

/** Up to this many indices, a comparator sort on the keys beats four passes over 2¹⁶ digits. */
const SMALL = 1024;

/**
 * `indices` ordered by their keys (high word, low word), ties kept in input order: a bottom-up
 * merge sort of positions (stable), comparing the keys in place with no comparator calls.
 * O(n log n).
 */
function sortedByKeys(indices: Int32Array, hi: Uint32Array, lo: Uint32Array): Int32Array {
  const n = indices.length;
  let src = new Int32Array(n);
  let dst = new Int32Array(n);
  for (let k = 0; k < n; k++) src[k] = k;
  for (let width = 1; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const end = Math.min(left + 2 * width, n);
      let a = left;
      let b = mid;
      let at = left;
      while (a < mid && b < end) {
        const x = src[a]!;
        const y = src[b]!;
        // Take from the right only when its key is strictly smaller: equal keys keep their order.
        if (hi[y]! < hi[x]! || (hi[y] === hi[x] && lo[y]! < lo[x]!)) {
          dst[at++] = y;
          b++;
        } else {
          dst[at++] = x;
          a++;
        }
      }
      while (a < mid) dst[at++] = src[a++]!;
      while (b < end) dst[at++] = src[b++]!;
    }
    [src, dst] = [dst, src];
  }
  for (let k = 0; k < n; k++) dst[k] = indices[src[k]!]!;
  return dst;
}

/**
 * Buffers of the sort, kept between calls and grown as needed: they never escape (the order is
 * copied into a new array), and keeping them spares about 2 MB of allocation per call at
 * national scale, which the garbage collector would otherwise reclaim on every re-score.
 */
let kept = {
  hi: new Uint32Array(0),
  lo: new Uint32Array(0),
  spareHi: new Uint32Array(0),
  spareLo: new Uint32Array(0),
  spareIndex: new Int32Array(0),
  counts: new Uint32Array(4 * DIGITS),
};

function scratch(n: number): typeof kept {
  if (kept.hi.length < n) {
    kept = {
      hi: new Uint32Array(n),
      lo: new Uint32Array(n),
      spareHi: new Uint32Array(n),
      spareLo: new Uint32Array(n),
      spareIndex: new Int32Array(n),
      counts: kept.counts,
    };
  }
  return {
    hi: kept.hi.subarray(0, n),
    lo: kept.lo.subarray(0, n),
    spareHi: kept.spareHi.subarray(0, n),
    spareLo: kept.spareLo.subarray(0, n),
    spareIndex: kept.spareIndex.subarray(0, n),
    counts: kept.counts,
  };
}

/** The counts of every 16-bit digit of the keys, for the four passes at once (one read of the keys). */
function histograms(hi: Uint32Array, lo: Uint32Array, counts: Uint32Array): void {
  counts.fill(0);
  for (let k = 0; k < hi.length; k++) {
    const l = lo[k]!;
    const h = hi[k]!;
    counts[l & 0xffff]!++;
    counts[DIGITS + (l >>> 16)]!++;
    counts[2 * DIGITS + (h & 0xffff)]!++;
    counts[3 * DIGITS + (h >>> 16)]!++;
  }
}

/**
 * Turns the counts of pass `pass` into the first position of each digit. Returns false (the pass
 * is skipped) when every key has the digit of `anyWord`'s.
 */
function offsets(counts: Uint32Array, pass: number, anyWord: number, n: number): boolean {
  const base = pass * DIGITS;
  if (counts[base + ((anyWord >>> (pass % 2 === 0 ? 0 : 16)) & 0xffff)] === n) return false;
  let sum = 0;
  for (let d = base; d < base + DIGITS; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
  return true;
}

interface Keyed {
  readonly index: Int32Array;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

/** One stable counting pass: moves the indices, and the keys later passes still read. */
function scatter(pass: number, counts: Uint32Array, src: Keyed, dst: Keyed): void {
  const n = src.index.length;
  const { index, hi, lo } = src;
  if (pass === 0) {
    for (let k = 0; k < n; k++) {
      const p = counts[lo[k]! & 0xffff]!++;
      dst.index[p] = index[k]!;
      dst.hi[p] = hi[k]!;
      dst.lo[p] = lo[k]!;
    }
  } else if (pass === 1 || pass === 2) {
    const c = pass * DIGITS;
    const word = pass === 1 ? lo : hi;
    const shift = pass === 1 ? 16 : 0;
    for (let k = 0; k < n; k++) {
      const p = counts[c + ((word[k]! >>> shift) & 0xffff)]!++;
      dst.index[p] = index[k]!;
      dst.hi[p] = hi[k]!;
    }
  } else {
    for (let k = 0; k < n; k++) dst.index[counts[3 * DIGITS + (hi[k]! >>> 16)]!++] = index[k]!;
  }
}

/** Sort keys, by position in `indices`, read straight from the bits of a `Float64Array`. */
function bitKeys(
  values: Float64Array,
  indices: Int32Array,
  descending: boolean,
  hi: Uint32Array,
  lo: Uint32Array,
): void {
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  const H = LITTLE_ENDIAN ? 1 : 0;
  const L = 1 - H;
  const flip = descending ? 0xffffffff : 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    let h = words[2 * i + H]!;
    let l = words[2 * i + L]!;
    if ((h & 0x7ff00000) === 0x7ff00000 && ((h & 0xfffff) !== 0 || l !== 0)) {
      hi[k] = 0xffffffff;
      lo[k] = 0xffffffff;
      continue;
    }
    if (h === 0x80000000 && l === 0) h = 0; // -0 sorts as 0
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h ^= 0x80000000;
    hi[k] = (h ^ flip) >>> 0;
    lo[k] = (l ^ flip) >>> 0;
  }
}

/** Sort keys, by position in `indices`, of any array of numbers, through a one-number buffer. */
function numberKeys(
  values: ArrayLike<number>,
  indices: Int32Array,
  descending: boolean,
  hi: Uint32Array,
  lo: Uint32Array,
): void {
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const H = LITTLE_ENDIAN ? 1 : 0;
  const L = 1 - H;
  for (let k = 0; k < indices.length; k++) {
    const v = values[indices[k]!]!;
    if (Number.isNaN(v)) {
      hi[k] = 0xffffffff;
      lo[k] = 0xffffffff;
      continue;
    }
    f[0] = v === 0 ? 0 : v;
    let h = u[H]!;
    let l = u[L]!;
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h ^= 0x80000000;
    hi[k] = (descending ? ~h : h) >>> 0;
    lo[k] = (descending ? ~l : l) >>> 0;
  }
}
