/**
 * Adds one draw's ranks to a rank histogram: `hist[i·n + r − 1]` counts the draws giving village
 * i rank r (1 + the number of higher scores; ties share the smaller rank; `NaN` is not ranked).
 */
export type RankTally = (score: Float64Array, key: number, hist: Uint32Array) => void;

/**
 * A rank tally for repeated draws of `n` villages. Draws under the same methods (`key`, e.g. the
 * normalisation and aggregation drawn) differ only by their weights, so their orders are nearly
 * the same: each key keeps the order of its last draw and re-sorts it by insertion sort, O(n +
 * inversions), usually far below a full sort. When a draw moves too much (more than 2·n·log₂ n
 * element moves, e.g. an indicator dropped), it falls back to one numeric sort of the scores and a
 * binary search per village, O(n log n). The ranks never depend on the history, only the time.
 * Not re-entrant: the tally reuses its buffers between calls.
 *
 * @example
 * const tally = createRankTally(3);
 * const hist = new Uint32Array(9);
 * tally(new Float64Array([2, 9, 2]), 0, hist);
 * [...hist]; // => [0, 1, 0, 1, 0, 0, 0, 1, 0]
 */
export function createRankTally(n: number): RankTally {
  const orders = new Map<number, Int32Array>();
  const sorted = new Float64Array(n);
  const budget = 2 * n * Math.max(1, Math.log2(n)) + n;
  return (score, key, hist) => {
    let order = orders.get(key);
    if (order === undefined) {
      order = Int32Array.from({ length: n }, (_, i) => i);
      orders.set(key, order);
    }
    if (resort(order, score, budget)) tallyOrder(order, score, hist);
    else tallySorted(score, sorted, hist);
  };
}

/** True when village a (score sa) comes before b: higher score first, `NaN` last. */
function ahead(sa: number, sb: number): boolean {
  return sa > sb || (Number.isNaN(sb) && !Number.isNaN(sa));
}

/** Insertion sort of `order` by score, best first; false when it gave up after `budget` moves. */
function resort(order: Int32Array, score: Float64Array, budget: number): boolean {
  let moves = 0;
  for (let k = 1; k < order.length; k++) {
    const i = order[k]!;
    const s = score[i]!;
    let j = k - 1;
    while (j >= 0 && ahead(s, score[order[j]!]!)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = i;
    moves += k - 1 - j;
    if (moves > budget) return false;
  }
  return true;
}

/** Ranks along a sorted order: a tie keeps the rank of the first village with that score. */
function tallyOrder(order: Int32Array, score: Float64Array, hist: Uint32Array): void {
  const n = order.length;
  let rank = 0;
  let previous = Number.NaN;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const s = score[i]!;
    if (Number.isNaN(s)) return;
    if (k === 0 || s !== previous) rank = k;
    previous = s;
    hist[i * n + rank]!++;
  }
}

/** Each village's rank (1 + number of higher scores) by one sort and a binary search. */
function tallySorted(score: Float64Array, sorted: Float64Array, hist: Uint32Array): void {
  const n = score.length;
  let r = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(score[i]!)) sorted[r++] = score[i]!;
  const asc = sorted.subarray(0, r);
  sortAscending(asc, 0, r - 1);
  for (let i = 0; i < n; i++) {
    const s = score[i]!;
    if (Number.isNaN(s)) continue;
    // First position holding a value > s.
    let lo = 0;
    let hi = r;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (asc[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    hist[i * n + (r - lo)]!++;
  }
}

/**
 * Sorts `a[lo..hi]` ascending (no `NaN`): quicksort with a median-of-three pivot and insertion
 * sort below 16 elements. Hand-written because it is about twice as fast as the native typed
 * array sort on the few hundred values of a district, per draw.
 */
function sortAscending(a: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const x = a[lo]!;
    const y = a[(lo + hi) >>> 1]!;
    const z = a[hi]!;
    const p = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < p) i++;
      while (a[j]! > p) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // Recurse into the smaller side, loop on the larger: O(log n) stack.
    if (j - lo < hi - i) {
      sortAscending(a, lo, j);
      lo = i;
    } else {
      sortAscending(a, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}
