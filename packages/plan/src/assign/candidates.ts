import type { Agency, PlanVillage } from '../types.ts';
import type { AssignOptions, Candidate } from './types.ts';

/**
 * The agency ↔ village pairs the assignment may choose, with their points: for each need of the
 * village that the agency's mandate meets, the points of its position (`needPoints`, default
 * 3, 2, 1, then 1), plus `preferencePoints` (default 1) when the village or its kecamatan is
 * among the agency's preferences. Loci pair with agencies whose mandate meets at least one of
 * their needs (every agency with `requireMandate: false`); a pinned pair is always a candidate,
 * locus or not. Ordered by agency, then village. O(agencies · villages · needs).
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
 * // Each locus's first need is in one agency's mandate: one candidate pair each.
 * candidates(villages, agencies).map((c) => [agencies[c.agency].name, villages[c.village].name, c.points]);
 * // => [['Dinas Sosial', 'Sukamaju', 3], ['Dinas Perkim', 'Sukamundur', 3]]
 */
export function candidates(
  villages: readonly PlanVillage[],
  agencies: readonly Agency[],
  options: AssignOptions = {},
): Candidate[] {
  const { needPoints = [3, 2, 1], preferencePoints = 1, requireMandate = true } = options;
  const out: Candidate[] = [];
  agencies.forEach((a, ai) => {
    const mandate = new Set(a.mandate);
    const pins = new Set(a.pinned);
    villages.forEach((v, vi) => {
      const pinned = pins.has(v.code);
      if (!v.locus && !pinned) return;
      let points = 0;
      const matched = v.needs.filter((n, p) => {
        const hit = mandate.has(n.indicator);
        if (hit) points += needPoints[p] ?? 1;
        return hit;
      });
      if (!pinned && matched.length === 0 && requireMandate) return;
      const preferred =
        a.preferVillages.includes(v.code) || a.preferKecamatan.includes(v.kecamatan);
      if (preferred) points += preferencePoints;
      out.push({ agency: ai, village: vi, points, matched, preferred, pinned });
    });
  });
  return out;
}
