/** Dense group ids of a string column: what `groupIndex` returns. */
export interface GroupIndex {
  /** Group id (0-based, in order of first appearance) of each row. */
  readonly ids: Int32Array;
  /** Distinct group keys, `keys[id]`. */
  readonly keys: readonly string[];
}

const cache = new WeakMap<readonly string[], GroupIndex>();

/**
 * Turns a column of group keys (e.g. each village's kecamatan code) into dense integer ids, so
 * per-group work runs on typed arrays instead of string-keyed maps. Tables are immutable, so the
 * index of a given array is computed once and remembered. O(n) expected.
 *
 * @example
 * groupIndex(['33.21.01', '33.21.02', '33.21.01']).ids; // => Int32Array [0, 1, 0]
 * groupIndex(['33.21.01', '33.21.02', '33.21.01']).keys; // => ['33.21.01', '33.21.02']
 */
export function groupIndex(groups: readonly string[]): GroupIndex {
  const hit = cache.get(groups);
  if (hit !== undefined) return hit;
  const ids = new Int32Array(groups.length);
  const map = new Map<string, number>();
  const keys: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    let id = map.get(g);
    if (id === undefined) {
      id = keys.length;
      map.set(g, id);
      keys.push(g);
    }
    ids[i] = id;
  }
  const index = { ids, keys };
  cache.set(groups, index);
  return index;
}
