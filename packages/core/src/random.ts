import type { Rng } from './types.ts';

/**
 * A seeded pseudo-random number generator (sfc32, seeded through splitmix32), returning floats in
 * [0, 1). The only source of randomness in lokus: pass it to anything that permutes or samples, so
 * the same seed gives the same output everywhere.
 *
 * Method: Chris Doty-Humphrey's Small Fast Counting generator (PractRand). O(1) per draw.
 *
 * @param seed - Any 32-bit integer.
 * @example
 * const rng = createRng(42);
 * rng(); // => 0.23955312534235418
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error('createRng requires a finite numeric seed');
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return sfc32([splitmix(), splitmix(), splitmix(), splitmix()]);
}

/**
 * The sfc32 generator itself, started from four 32-bit words (taken modulo 2^32) and advanced 12
 * draws, as its author recommends; returns floats in [0, 1) with 32 random bits each. `createRng`
 * seeds it through splitmix32; a permutation loop can seed one from four draws of an injected
 * `Rng`. Allocation-free per draw (the state lives in a `Uint32Array`).
 *
 * Method: Chris Doty-Humphrey's Small Fast Counting generator (PractRand). O(1) per draw.
 *
 * @param words - Four 32-bit integers; not all zero.
 * @example
 * sfc32([1, 2, 3, 4])() === sfc32([1, 2, 3, 4])(); // => true
 */
export function sfc32(words: ArrayLike<number>): Rng {
  if (words.length !== 4) throw new Error('sfc32 requires four 32-bit words');
  // State in a typed array: 32-bit values above 2^30 would otherwise be boxed as heap numbers on
  // every draw, which makes a closure-held state several times slower in V8.
  const st = Uint32Array.from(words);
  const next = (): number => {
    const a = st[0]!;
    const b = st[1]!;
    const c = st[2]!;
    const d = st[3]!;
    const t = (((a + b) >>> 0) + d) >>> 0;
    st[3] = d + 1;
    st[0] = b ^ (b >>> 9);
    st[1] = c + (c << 3);
    st[2] = ((c << 21) | (c >>> 11)) + t;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * Shuffles `0..n-1` with the Fisher–Yates algorithm, drawing from `rng`.
 * Returns a new `Int32Array`; O(n).
 *
 * @example
 * shuffledIndices(4, createRng(1)); // => Int32Array [0, 3, 2, 1]
 */
export function shuffledIndices(n: number, rng: Rng): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
