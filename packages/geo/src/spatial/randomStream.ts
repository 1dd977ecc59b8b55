import { type Rng, sfc32 } from '@lokus/core';

/**
 * A stream of random integers for permutation loops: core's sfc32 generator, seeded from four
 * draws of the injected `rng`, so that the loop does not call back into `rng` (which may be any
 * function) hundreds of millions of times. Deterministic for a seeded `rng`; allocates nothing
 * per draw.
 */
export class RandomStream {
  private readonly next: Rng;

  constructor(rng: Rng) {
    const words = [0, 0, 0, 0].map(() => Math.floor(rng() * 4294967296));
    this.next = sfc32(words);
  }

  /** A uniform integer in [0, m), for 1 ≤ m ≤ 2^32. */
  below(m: number): number {
    return Math.floor(this.next() * m);
  }
}
