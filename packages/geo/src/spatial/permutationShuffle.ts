/**
 * Writes into `out` a uniformly random permutation of `z` (Fisher–Yates from `z`'s order), the
 * `index`-th permutation of the stream seeded by `seed`. Its draws are sfc32 (as core's
 * `sfc32`, 12 draws discarded) started from four words that depend only on `seed` and `index`,
 * so permutation `index` is the same whichever thread computes it and whichever permutations
 * are computed before it. The generator is inlined (local 32-bit state) because this loop draws
 * n − 1 integers per permutation.
 *
 * @param z - The values to permute (not changed).
 * @param out - Receives the permutation; length of `z`.
 * @param seed - Four 32-bit words ({@link seedWords}).
 * @param index - Permutation number, a non-negative integer below 2^32.
 * @example
 * const out = new Float64Array(3);
 * permutationShuffle(Float64Array.of(1, 2, 3), out, Uint32Array.of(1, 2, 3, 4), 0);
 * Array.from(out).sort(); // => [1, 2, 3]
 */
export function permutationShuffle(
  z: Float64Array,
  out: Float64Array,
  seed: Uint32Array,
  index: number,
): void {
  out.set(z);
  const words = permutationWords(seed, index);
  let a = words[0]!;
  let b = words[1]!;
  let c = words[2]!;
  let d = words[3]!;
  for (let i = out.length - 1 + 12; i > 0; i--) {
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = (((c << 21) | (c >>> 11)) + t) >>> 0;
    // The first 12 draws are discarded, as core's sfc32 does.
    if (i >= out.length) continue;
    const j = Math.floor((t / 4294967296) * (i + 1));
    const v = out[i]!;
    out[i] = out[j]!;
    out[j] = v;
  }
}

/** splitmix32's finaliser: a bijective 32-bit mix. */
function mix32(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The four sfc32 words of permutation `index` of the stream `seed`: each seed word mixed with a
 * hash of (index, word number).
 *
 * @example
 * permutationWords(Uint32Array.of(1, 2, 3, 4), 0).length; // => 4
 */
export function permutationWords(seed: Uint32Array, index: number): Uint32Array {
  const words = new Uint32Array(4);
  for (let k = 0; k < 4; k++) {
    words[k] = mix32((seed[k]! ^ mix32((Math.imul(index >>> 0, 4) + k + 0x9e3779b9) >>> 0)) >>> 0);
  }
  return words;
}
