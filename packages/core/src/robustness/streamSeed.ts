/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The seed of one random stream, from the analysis seed and the stream's coordinates (which
 * design, which draw, which choice). Each draw reads only its own streams, so any range of draws
 * can run on its own (another thread, another machine) and give exactly the numbers the whole run
 * gives. The coordinates are mixed with murmur3's finaliser, so neighbouring draws get unrelated
 * seeds (`createRng`'s splitmix seeding would make seeds s and s + 0x9e3779b9 overlap). O(keys).
 *
 * @example
 * streamSeed(1, 0, 5, 2) === streamSeed(1, 0, 5, 2); // => true
 * streamSeed(1, 0, 5, 2) === streamSeed(1, 0, 6, 2); // => false
 */
export function streamSeed(seed: number, ...keys: readonly number[]): number {
  let h = fmix32((seed >>> 0) ^ 0x9e3779b9);
  for (const k of keys) h = fmix32((h ^ Math.imul(k >>> 0, 0x85ebca6b)) + 0x6b43a9b5);
  return h;
}
