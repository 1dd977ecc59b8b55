/**
 * The most frequent value of a list, ties broken by the smaller value; `undefined` when empty.
 * Used for the district code of a table (a few villages of a neighbour may be listed). O(n).
 *
 * @example
 * mostCommon(['33.21', '33.21', '33.20']); // => '33.21'
 */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [v, n] of counts) {
    if (n > most || (n === most && best !== undefined && v < best)) {
      best = v;
      most = n;
    }
  }
  return best;
}
