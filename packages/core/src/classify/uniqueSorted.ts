/**
 * Drops repeated neighbours from ascending numbers (numpy's `unique` on sorted input). Returns a
 * new array. O(n).
 *
 * @example
 * uniqueSorted([1, 1, 2, 3, 3]); // => [1, 2, 3]
 */
export function uniqueSorted(sorted: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    // -0 is written as 0, so bounds do not depend on which of two equal zeros came first.
    if (out.length === 0 || v !== out[out.length - 1]) out.push(v === 0 ? 0 : v);
  }
  return out;
}
