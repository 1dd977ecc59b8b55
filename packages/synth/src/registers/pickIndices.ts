import type { Rng } from '@lokus/core';

/**
 * `k` distinct indices of `0 … n−1` in random order (a partial Fisher–Yates shuffle of
 * `order`, which is permuted in place and may be reused).
 *
 * Method: Fisher–Yates (Knuth 1969, Algorithm P), stopped after k swaps. O(k).
 *
 * @example
 * pickIndices(createRng(1), Int32Array.from([0, 1, 2]), 3).length; // => 3
 */
export function pickIndices(rng: Rng, order: Int32Array, k: number): Int32Array {
  const n = order.length;
  if (k > n) throw new Error(`pickIndices requires k ≤ n, got ${k} > ${n}`);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order.subarray(0, k);
}
