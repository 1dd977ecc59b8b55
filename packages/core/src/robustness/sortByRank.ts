/**
 * Sorts village indices into ranking order: higher score first, ties by village code (`codeRank`,
 * each village's position in code order, ascending), the order of `rankScores`. `keys` is scratch
 * of at least `ids.length`: it receives `score[ids[p]]` and is sorted along with `ids`. No score
 * may be `NaN` (callers pass ranked villages only).
 *
 * Method: quicksort with a median-of-three pivot, insertion sort below 16 elements, on the pair
 * (score, code rank) held inline. Hand-written because the selection of every robustness draw
 * sorts thousands of villages, and the built-in sort with a comparator function costs several
 * times as much. The order is total (codes are unique), so the result does not depend on the
 * algorithm. O(k log k) expected for k indices.
 *
 * @example
 * const ids = Int32Array.from([0, 1, 2]);
 * sortByRank(ids, new Float64Array([1, 5, 5]), Int32Array.from([0, 2, 1]), new Float64Array(3));
 * ids; // => Int32Array [2, 1, 0]
 */
export function sortByRank(
  ids: Int32Array,
  score: Float64Array,
  codeRank: Int32Array,
  keys: Float64Array,
): void {
  const k = ids.length;
  for (let p = 0; p < k; p++) keys[p] = score[ids[p]!]!;
  quicksort(ids, keys, codeRank, 0, k - 1);
}

/** Sorts `ids[lo..hi]` (and `keys` with it) into ranking order. */
function quicksort(
  ids: Int32Array,
  keys: Float64Array,
  codeRank: Int32Array,
  lo: number,
  hi: number,
): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    // Median of three by ranking order: order lo, mid, hi, then take mid as the pivot.
    if (before(keys, ids, codeRank, mid, lo)) swap(ids, keys, mid, lo);
    if (before(keys, ids, codeRank, hi, lo)) swap(ids, keys, hi, lo);
    if (before(keys, ids, codeRank, hi, mid)) swap(ids, keys, hi, mid);
    const pk = keys[mid]!;
    const pc = codeRank[ids[mid]!]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i]! > pk || (keys[i] === pk && codeRank[ids[i]!]! < pc)) i++;
      while (keys[j]! < pk || (keys[j] === pk && codeRank[ids[j]!]! > pc)) j--;
      if (i <= j) swap(ids, keys, i++, j--);
    }
    // Recurse into the smaller side, loop on the larger: O(log k) stack.
    if (j - lo < hi - i) {
      quicksort(ids, keys, codeRank, lo, j);
      lo = i;
    } else {
      quicksort(ids, keys, codeRank, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const id = ids[i]!;
    const key = keys[i]!;
    const c = codeRank[id]!;
    let j = i - 1;
    while (j >= lo && (keys[j]! < key || (keys[j] === key && codeRank[ids[j]!]! > c))) {
      ids[j + 1] = ids[j]!;
      keys[j + 1] = keys[j]!;
      j--;
    }
    ids[j + 1] = id;
    keys[j + 1] = key;
  }
}

/** True when position a comes before position b in ranking order. */
function before(keys: Float64Array, ids: Int32Array, codeRank: Int32Array, a: number, b: number) {
  const ka = keys[a]!;
  const kb = keys[b]!;
  return ka > kb || (ka === kb && codeRank[ids[a]!]! < codeRank[ids[b]!]!);
}

function swap(ids: Int32Array, keys: Float64Array, a: number, b: number): void {
  const id = ids[a]!;
  ids[a] = ids[b]!;
  ids[b] = id;
  const key = keys[a]!;
  keys[a] = keys[b]!;
  keys[b] = key;
}
