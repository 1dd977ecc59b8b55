import type { Rng } from '@lokus/core';

/**
 * Four 32-bit words drawn from a seeded `rng` (four draws): the seed of the permutation streams
 * of {@link permutationShuffle}, and what a worker thread is sent instead of the `rng` function.
 *
 * @example
 * seedWords(createRng(1)).length; // => 4
 */
export function seedWords(rng: Rng): Uint32Array {
  return Uint32Array.from([0, 0, 0, 0], () => Math.floor(rng() * 4294967296));
}
