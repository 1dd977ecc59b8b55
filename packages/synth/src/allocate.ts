/**
 * Splits an integer `total` into parts proportional to `weights`, each part within
 * [`min`, `max[i]`], by the largest-remainder (Hamilton) method: floors first, then one more unit
 * to the largest fractional parts, ties to the lower index. Parts above their maximum are capped
 * and the excess is shared again among the others. O(n log n) per capping round.
 *
 * @example
 * allocate(10, [1, 1, 2]); // => Int32Array [3, 2, 5]
 */
export function allocate(
  total: number,
  weights: ArrayLike<number>,
  { min = 0, max }: { readonly min?: number; readonly max?: ArrayLike<number> } = {},
): Int32Array {
  const n = weights.length;
  if (n === 0 || !Number.isInteger(total) || total < min * n)
    throw new Error('allocate requires an integer total of at least min × weights.length');
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += max ? (max[i] ?? Infinity) : Infinity;
  if (capacity < total) throw new Error('allocate requires the maxima to leave room for the total');
  const out = new Int32Array(n).fill(min);
  const capped = new Uint8Array(n);
  let rest = total - min * n;
  for (let round = 0; rest > 0 && round <= n; round++) {
    let sum = 0;
    let free = 0;
    for (let i = 0; i < n; i++) {
      if (capped[i]) continue;
      sum += weights[i]!;
      free++;
    }
    const share = new Float64Array(n);
    let given = 0;
    for (let i = 0; i < n; i++) {
      if (capped[i]) continue;
      share[i] = sum > 0 ? (weights[i]! / sum) * rest : rest / free;
      const whole = Math.floor(share[i]!);
      out[i]! += whole;
      given += whole;
      share[i] = share[i]! - whole;
    }
    const order = Array.from({ length: n }, (_, i) => i)
      .filter((i) => !capped[i])
      .sort((p, q) => share[q]! - share[p]! || p - q);
    for (let j = 0; j < rest - given; j++) out[order[j % order.length]!]! += 1;
    rest = 0;
    for (let i = 0; i < n; i++) {
      const cap = max ? (max[i] ?? Infinity) : Infinity;
      if (out[i]! > cap) {
        rest += out[i]! - cap;
        out[i] = cap;
        capped[i] = 1;
      } else if (out[i] === cap) capped[i] = 1;
    }
  }
  return out;
}
