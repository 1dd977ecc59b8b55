/**
 * What the map says about the scope of the ranking when many districts are shown at once. The
 * scenario (core's `runScenario`) ranks every village of the table in one order: it has no
 * setting that ranks within each kabupaten or province. So a table of several kabupaten is one
 * ranking across all of them, and the map title says so instead of leaving it to be guessed.
 */
import { fmt } from '../i18n/index.ts';
import { nt } from './nationalText.ts';

/**
 * The ranking's scope in words, from the villages' codes (`PP.KK.CC.TDDD`).
 *
 * @example
 * nationalRanking(['11.01.01.1001', '12.02.01.1001']);
 * // => 'Satu peringkat untuk seluruh 2 kabupaten/kota (2 provinsi): skenario tidak memeringkat per kabupaten'
 */
export function nationalRanking(codes: readonly string[]): string {
  const kabupaten = new Set<string>();
  const provinces = new Set<string>();
  for (const c of codes) {
    kabupaten.add(c.slice(0, 5));
    provinces.add(c.slice(0, 2));
  }
  if (kabupaten.size <= 1) return nt('rankingOne');
  return nt('rankingAcross', { kab: fmt(kabupaten.size, 0), prov: fmt(provinces.size, 0) });
}
