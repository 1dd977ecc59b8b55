/**
 * The row of each key of a column, built on the first look-up. At national scale a map of
 * 84,000 codes costs a few hundred milliseconds of the page's first render, though it is read
 * only when the analyst picks a village.
 *
 * @example
 * new LazyIndex(['a', null, 'b', 'a']).get('a'); // => 3
 */
export class LazyIndex<K> implements ReadonlyMap<K, number> {
  readonly #keys: readonly (K | null)[];
  #map: Map<K, number> | null = null;

  /** `keys[row]` is the key of `row`; null keys are left out; a repeated key keeps its last row. */
  constructor(keys: readonly (K | null)[]) {
    this.#keys = keys;
  }

  #built(): Map<K, number> {
    if (this.#map) return this.#map;
    const map = new Map<K, number>();
    const keys = this.#keys;
    for (let row = 0; row < keys.length; row++) {
      const k = keys[row];
      if (k !== null && k !== undefined) map.set(k, row);
    }
    this.#map = map;
    return map;
  }

  get size(): number {
    return this.#built().size;
  }

  get(key: K): number | undefined {
    return this.#built().get(key);
  }

  has(key: K): boolean {
    return this.#built().has(key);
  }

  forEach(f: (row: number, key: K, map: ReadonlyMap<K, number>) => void): void {
    for (const [k, row] of this.#built()) f(row, k, this);
  }

  entries(): ReturnType<Map<K, number>['entries']> {
    return this.#built().entries();
  }

  keys(): ReturnType<Map<K, number>['keys']> {
    return this.#built().keys();
  }

  values(): ReturnType<Map<K, number>['values']> {
    return this.#built().values();
  }

  [Symbol.iterator](): ReturnType<Map<K, number>['entries']> {
    return this.#built().entries();
  }
}
