/**
 * Levenshtein edit distance between two strings: the least number of single-character
 * insertions, deletions and substitutions that turn `a` into `b`.
 *
 * Method: the Wagner–Fischer dynamic programme with two rows (Wagner & Fischer, "The
 * String-to-String Correction Problem", J. ACM 21(1), 1974). Compares UTF-16 code units, which is
 * exact for the ASCII names {@link normaliseVillageName} produces. O(|a|·|b|) time,
 * O(min(|a|, |b|)) memory.
 *
 * @example
 * levenshtein('kitten', 'sitting'); // => 3
 * levenshtein('ngemplik', 'ngemplak'); // => 1
 */
export function levenshtein(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new Error('levenshtein requires two strings');
  }
  // Keep the shorter string in the row.
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  const m = s.length;
  if (m === 0) return t.length;
  let prev = new Int32Array(m + 1);
  let curr = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  for (let j = 1; j <= t.length; j++) {
    curr[0] = j;
    const tj = t.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const cost = s.charCodeAt(i - 1) === tj ? 0 : 1;
      const del = prev[i]! + 1;
      const ins = curr[i - 1]! + 1;
      const sub = prev[i - 1]! + cost;
      curr[i] = Math.min(del, ins, sub);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[m]!;
}
