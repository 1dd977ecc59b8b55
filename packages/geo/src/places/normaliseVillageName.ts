/** Words that qualify a village name rather than name it. */
const QUALIFIERS = new Set(['desa', 'kelurahan', 'kel', 'ds', 'kampung', 'kampong']);

/**
 * Normalises an Indonesian village name for comparison: lowercase, diacritics removed, the
 * qualifying words "desa", "kelurahan" (also "kel", "ds", "kampung") dropped, punctuation turned
 * into spaces and runs of spaces collapsed. Spaces between words are kept so the result stays
 * readable; {@link nameSimilarity} ignores them.
 *
 * Method: Unicode NFD decomposition, then a single pass over the words. O(length).
 *
 * @param name - A village name as written in any source.
 * @returns The normalised name, `''` when nothing is left.
 * @example
 * normaliseVillageName('Desa Banyu-Meneng'); // => 'banyu meneng'
 * normaliseVillageName('KEL. BINTORO'); // => 'bintoro'
 */
export function normaliseVillageName(name: string): string {
  if (typeof name !== 'string') {
    throw new Error('normaliseVillageName requires a string');
  }
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  const kept: string[] = [];
  for (const w of words) if (w !== '' && !QUALIFIERS.has(w)) kept.push(w);
  return kept.join(' ');
}
