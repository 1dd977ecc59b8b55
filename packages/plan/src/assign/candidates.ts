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
 * // Dinas Perkim (mandate rtlh_unit) and a locus whose first need is RTLH
 * candidates(villages, agencies).map((c) => c.points); // => [3]
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
