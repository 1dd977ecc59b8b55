import type { Rng } from '@lokus/core';

/**
 * A fast stream of random integers for permutation loops: the same sfc32 generator as
 * `createRng`, seeded from four draws of the injected `rng`, with its state in an `Int32Array` so
 * that hundreds of millions of draws allocate nothing. Deterministic for a seeded `rng`.
 */
export class RandomStream {
  private readonly state = new Int32Array(4);

  constructor(rng: Rng) {
    for (let k = 0; k < 4; k++) this.state[k] = Math.floor(rng() * 4294967296) | 0;
    for (let k = 0; k < 12; k++) this.below(2);
  }

  /** A uniform integer in [0, m), for 1 ≤ m ≤ 2^32. */
  below(m: number): number {
    const s = this.state;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return Math.floor(((t >>> 0) / 4294967296) * m);
  }
}
