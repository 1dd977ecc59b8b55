import { createHash } from 'node:crypto';

/**
 * SHA-256 of a file's bytes, as lowercase hex: the standard hash a user can check with
 * `sha256sum` (the pipeline's own content hashes are 64-bit and not meant for that).
 *
 * @example
 * sha256(new TextEncoder().encode('abc')).slice(0, 8); // => 'ba7816bf'
 */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
