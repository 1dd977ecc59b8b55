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
 * rng(); // => 0.… (the same number for seed 42 on every machine)
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
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * Shuffles `0..n-1` in place order with the Fisher–Yates algorithm, drawing from `rng`.
 * Returns a new `Int32Array`; O(n).
 *
 * @example
 * shuffledIndices(4, createRng(1)); // => Int32Array [ 2, 0, 3, 1 ] (for example)
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
