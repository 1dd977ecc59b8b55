import type { Label } from '@lokus/core';
import type { PlanVillage } from '../types.ts';
import { needText } from './needText.ts';
import type { Candidate } from './types.ts';

const kindOf = (code: string, lang: 'id' | 'en'): string =>
  code.charAt(9) === '1' ? (lang === 'id' ? 'Kelurahan' : 'Kelurahan') : 'Desa';

/**
 * Why an agency accompanies a village, in words: the needs its mandate meets, each with the
 * village's value and its place in the district, and whether the team pinned the pair or the
 * agency preferred the village.
 *
 * @example
 * assignmentText('Dinas Perkim', village, candidate).id;
 * // => 'Dinas Perkim → Desa Sukamaju: RTLH 31 per 100 KK, tertinggi ke-2 di kabupaten'
 */
export function assignmentText(agency: string, village: PlanVillage, c: Candidate): Label {
  const text = (lang: 'id' | 'en'): string => {
    const needs = c.matched.map((n) => needText(n, lang));
    if (needs.length === 0) needs.push(lang === 'id' ? 'di luar mandat' : 'outside its mandate');
    const notes: string[] = [];
    if (c.pinned) notes.push(lang === 'id' ? 'ditetapkan tim' : 'pinned by the team');
    if (c.preferred) notes.push(lang === 'id' ? 'pilihan OPD' : "the agency's preference");
    const tail = notes.length === 0 ? '' : ` (${notes.join('; ')})`;
    return `${agency} → ${kindOf(village.code, lang)} ${village.name}: ${needs.join('; ')}${tail}`;
  };
  return { id: text('id'), en: text('en') };
}
