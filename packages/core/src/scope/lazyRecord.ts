/**
 * A record whose entries are made on first read and then kept: one enumerable getter per key
 * (so `Object.keys`, spreading and `JSON.stringify` see every entry, each made when first read).
 * A scoped run's merged columns are built this way: most runs (a weight slider) never read most
 * of them, and each would otherwise be a new table-sized array on every run. O(1) per key until
 * read.
 *
 * @example
 * let made = 0;
 * const r = lazyRecord(['a', 'b'], (k) => { made++; return k.toUpperCase(); });
 * made; // => 0
 * r.a; // => 'A'
 * r.a + r.a; // => 'AA'
 * made; // => 1
 */
export function lazyRecord<T>(
  keys: readonly string[],
  make: (key: string) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of keys) {
    let value: T | undefined;
    let made = false;
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        if (!made) {
          value = make(key);
          made = true;
        }
        return value as T;
      },
    });
  }
  return out;
}
