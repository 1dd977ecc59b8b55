/**
 * A fast, deterministic, non-cryptographic 64-bit hash used for provenance: it proves that two
 * runs saw the same input and scenario, not that nobody tampered with them.
 *
 * Method: two 32-bit lanes of MurmurHash2-style multiply–xorshift mixing over 32-bit words, each
 * finalised with the MurmurHash3 `fmix32` avalanche. O(n) in the input size, no allocation per word.
 * @module
 */

const M1 = 0x5bd1e995;
const M2 = 0x85ebca6b;

/**
 * Incremental hasher; feed it strings and numbers in a fixed order, then read
 * {@link Hasher.digest}.
 *
 * @example
 * new Hasher().string('99.01.01.2001').number(0.5).digest().length; // => 16
 */
export class Hasher {
  #a = 0x9747b28c;
  #b = 0x1b873593;
  #count = 0;
  readonly #f64 = new Float64Array(1);
  readonly #u32 = new Uint32Array(this.#f64.buffer);

  /** Mixes one unsigned 32-bit word. */
  word(w: number): this {
    let k = Math.imul(w, M1);
    k ^= k >>> 24;
    k = Math.imul(k, M1);
    this.#a = Math.imul(this.#a, M1) ^ k;
    let j = Math.imul(w ^ 0x2c1b3c6d, M2);
    j ^= j >>> 15;
    this.#b = Math.imul(this.#b ^ j, 0xc2b2ae35) + 0x165667b1;
    this.#count++;
    return this;
  }

  /** Mixes a number by its IEEE-754 bits; every NaN hashes alike, and -0 like +0. */
  number(x: number): this {
    if (Number.isNaN(x)) return this.word(0x7ff80000).word(0);
    this.#f64[0] = x === 0 ? 0 : x;
    return this.word(this.#u32[0]!).word(this.#u32[1]!);
  }

  /** Mixes a string (its length, then its UTF-16 code units two at a time). */
  string(s: string): this {
    this.word(s.length);
    let i = 0;
    for (; i + 1 < s.length; i += 2) this.word((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
    if (i < s.length) this.word(s.charCodeAt(i));
    return this;
  }

  /** Mixes every value of a numeric column, in order. */
  column(values: ArrayLike<number>): this {
    this.word(values.length);
    for (let i = 0; i < values.length; i++) this.number(values[i]!);
    return this;
  }

  /** The 64-bit digest as 16 lowercase hex digits. */
  digest(): string {
    const fmix = (h0: number): number => {
      let h = h0 ^ this.#count;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      return h >>> 0;
    };
    const a = fmix(this.#a ^ this.#b);
    const b = fmix(this.#b + Math.imul(this.#a, 3));
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  }
}

/**
 * Hashes a string with {@link Hasher}.
 *
 * @example
 * hashString('lokus') === hashString('lokus'); // => true
 * hashString('lokus').length; // => 16
 */
export function hashString(s: string): string {
  return new Hasher().string(s).digest();
}
