/**
 * A one-entry memo: `get(key, make)` returns the value made for `key` when the previous call had
 * the same key, else makes, keeps and returns a new one. Internal to `createRunner`, which keeps
 * the last output of each stage so that a run whose settings for that stage did not change reuses
 * it. O(1) besides `make`.
 *
 * @example
 * const memo = lastByKey<number>();
 * memo.get('a', () => 1);
 * memo.get('a', () => 2); // => 1
 */
export function lastByKey<V>(): { get(key: string, make: () => V): V } {
  let lastKey: string | null = null;
  let lastValue: V | undefined;
  return {
    get(key: string, make: () => V): V {
      if (key !== lastKey || lastValue === undefined) {
        lastValue = make();
        lastKey = key;
      }
      return lastValue;
    },
  };
}
