/**
 * The version of `@lokus/core`, recorded in every result's provenance (kept equal to
 * package.json by a test).
 *
 * @example
 * VERSION; // => '0.1.0'
 */
export const VERSION = '0.1.0';
