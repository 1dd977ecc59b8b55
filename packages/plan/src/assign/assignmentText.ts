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
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { desil1_kk: 40, rtlh_unit: 12 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { desil1_kk: 10, rtlh_unit: 30 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { desil1_kk: 25, rtlh_unit: 5 } },
 * ]);
 * const ind = (id, unit) => ({ id, label: { id, en: id }, unit, kind: 'count', direction: 'higher-is-worse' });
 * const indicators = [ind('desil1_kk', 'KK'), ind('rtlh_unit', 'unit')];
 * const result = runScenario(table, { name: 'x', year: 2026, indicators, select: { mode: 'top-n', n: 2 } });
 * const villages = planVillages(result);
 * const agency = (name, mandate) => ({ name, mandate, min: 0, max: 1, preferKecamatan: [], preferVillages: [], pinned: [] });
 * const agencies = [agency('Dinas Sosial', ['desil1_kk']), agency('Dinas Perkim', ['rtlh_unit'])];
 * const [first] = candidates(villages, agencies);
 * assignmentText('Dinas Sosial', villages[first.village], first).id;
 * // => 'Dinas Sosial → Desa Sukamaju: desil1_kk 40 KK, tertinggi di kabupaten'
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
