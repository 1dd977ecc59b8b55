/**
 * SHA-256 provenance hashes (FIPS 180-4, computed by `@noble/hashes`, synchronous in Node and the
 * browser). Anyone can check a lokus hash with `sha256sum` or any SHA-256 library: the bytes that
 * are hashed are stated below.
 *
 * {@link Hasher} hashes a stream of fixed-layout fields:
 * - `word(w)`: 4 bytes, unsigned 32-bit little-endian;
 * - `number(x)`: 8 bytes, IEEE-754 binary64 little-endian, with every NaN written as
 *   `0x7ff8000000000000` and -0 as +0;
 * - `string(s)`: its UTF-8 byte length as a `word`, then the UTF-8 bytes;
 * - `column(xs)`: its length as a `word`, then each value as a `number`.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Bytes gathered before they are handed to SHA-256 in one block. */
const CHUNK = 1 << 16;

/** The part of the WHATWG `TextEncoder` used here (core's types name no host environment). */
interface Utf8Encoder {
  encode(s: string): Uint8Array;
  encodeInto(s: string, into: Uint8Array): { read: number; written: number };
}

/** One UTF-8 encoder for every hasher; Node and the browsers both have `TextEncoder`. */
const encoder: Utf8Encoder = new (
  globalThis as unknown as { TextEncoder: new () => Utf8Encoder }
).TextEncoder();

/**
 * Incremental SHA-256 over a stated byte layout; feed it strings and numbers in a fixed order,
 * then read {@link Hasher.digest} (64 lowercase hex digits).
 *
 * @example
 * new Hasher().string('abc').digest().slice(0, 16); // => '3da9865b43fa2ec4'
 */
export class Hasher {
  readonly #hash = sha256.create();
  readonly #buffer = new Uint8Array(CHUNK);
  readonly #view = new DataView(this.#buffer.buffer);
  #used = 0;

  /** Appends one unsigned 32-bit word, little-endian. */
  word(w: number): this {
    this.#room(4);
    this.#view.setUint32(this.#used, w >>> 0, true);
    this.#used += 4;
    return this;
  }

  /** Appends a number's IEEE-754 bits, little-endian; every NaN alike, and -0 like +0. */
  number(x: number): this {
    this.#room(8);
    if (Number.isNaN(x)) this.#view.setBigUint64(this.#used, 0x7ff8000000000000n, true);
    else this.#view.setFloat64(this.#used, x === 0 ? 0 : x, true);
    this.#used += 8;
    return this;
  }

  /** Appends a string: its UTF-8 length as a word, then its UTF-8 bytes. */
  string(s: string): this {
    // UTF-8 takes at most 3 bytes per UTF-16 unit, so a short string is written straight into
    // the block buffer after room for its length word: ASCII byte by byte (codes and names
    // mostly are), the rest through the encoder. No array per string.
    const n = s.length;
    if (4 + 3 * n > CHUNK) {
      const bytes = encoder.encode(s);
      this.word(bytes.length);
      this.#flush();
      this.#hash.update(bytes);
      return this;
    }
    this.#room(4 + 3 * n);
    const buffer = this.#buffer;
    const start = this.#used + 4;
    let at = start;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      buffer[at++] = c;
    }
    // An ASCII unit is never half of a surrogate pair, so the rest starts on a whole character.
    if (i < n) at += encoder.encodeInto(s.slice(i), buffer.subarray(at)).written;
    this.#view.setUint32(this.#used, at - start, true);
    this.#used = at;
    return this;
  }

  /** Appends a numeric column: its length as a word, then every value in order. */
  column(values: ArrayLike<number>): this {
    this.word(values.length);
    for (let i = 0; i < values.length; i++) this.number(values[i]!);
    return this;
  }

  /** The SHA-256 digest of everything appended, as 64 lowercase hex digits. */
  digest(): string {
    this.#flush();
    return bytesToHex(this.#hash.digest());
  }

  #room(bytes: number): void {
    if (this.#used + bytes > CHUNK) this.#flush();
  }

  #flush(): void {
    if (this.#used === 0) return;
    this.#hash.update(this.#buffer.subarray(0, this.#used));
    this.#used = 0;
  }
}

/**
 * SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits (what `sha256sum` prints for a
 * file holding that text without a trailing newline).
 *
 * @example
 * hashString('abc'); // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function hashString(s: string): string {
  return bytesToHex(sha256(utf8ToBytes(s)));
}
