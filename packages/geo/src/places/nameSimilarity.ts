import { levenshtein } from './levenshtein.ts';
import { normaliseVillageName } from './normaliseVillageName.ts';

/**
 * Similarity of two village names in [0, 1]: 1 for names equal after
 * {@link normaliseVillageName} (spaces ignored, so "Banyu Meneng" equals "Banyumeneng"), down to
 * 0 for names with nothing in common or when either name is empty.
 *
 * Method: 1 − Levenshtein distance / length of the longer normalised name. Levenshtein rather
 * than Jaro–Winkler because the distance is a count of edits a reviewer can check by eye, and
 * Indonesian spelling variants (Ngemplik/Ngemplak, Tlogo/Telogo) are single edits anywhere in
 * the word, not only after a shared prefix. O(|a|·|b|).
 *
 * @example
 * nameSimilarity('Desa Ngemplik Wetan', 'NGEMPLAK WETAN'); // => 0.9230769230769231
 * nameSimilarity('Kelurahan Bintoro', 'bintoro'); // => 1
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseVillageName(a).replace(/ /g, '');
  const y = normaliseVillageName(b).replace(/ /g, '');
  const longest = Math.max(x.length, y.length);
  if (x.length === 0 || y.length === 0) return 0;
  return 1 - levenshtein(x, y) / longest;
}
