/**
 * Median of `a[from..to)` by quickselect (Hoare's FIND with median-of-three pivots), reordering
 * that slice in place. Even counts average the two middle values, as simple-statistics `median`
 * and R `median` do. O(n) expected. Internal: callers pass a scratch copy.
 */
export function medianInPlace(a: Float64Array, from: number, to: number): number {
  const n = to - from;
  if (n <= 0) return Number.NaN;
  const k = from + (n >> 1);
  const upper = selectInPlace(a, from, to - 1, k);
  if (n % 2 === 1) return upper;
  // The lower middle is the largest value left of k after selection.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = from; i < k; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/**
 * The value of rank `k` (0-based, ascending) within `a[lo0..hi0]` (inclusive bounds), by Hoare's
 * FIND with median-of-three pivots, reordering that slice in place so that everything left of `k`
 * is ≤ it. O(n) expected. Internal: callers pass a scratch copy.
 */
export function selectInPlace(a: Float64Array, lo0: number, hi0: number, k: number): number {
  let lo = lo0;
  let hi = hi0;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // median of three as pivot
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
