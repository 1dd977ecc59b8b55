import type { AssignmentResult } from '../assign/types.ts';
import type { PlanTable } from './planTable.ts';

const H = {
  id: ['OPD', 'Kode', 'Desa/Kelurahan', 'Kecamatan', 'Poin', 'Ditetapkan Tim', 'Alasan'],
  en: ['Agency', 'Code', 'Village', 'Kecamatan', 'Points', 'Pinned', 'Reason'],
} as const;

/**
 * The assignment as a table, one row per agency ↔ village pair (agency list order, then village
 * code), with its points and the reason in words.
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
 * const assignment = assignAgencies(villages, agencies, await loadSolver());
 * assignmentTable(assignment, { lang: 'en' }).columns.at(-1); // => 'Reason'
 */
export function assignmentTable(
  result: AssignmentResult,
  options: { lang?: 'id' | 'en' } = {},
): PlanTable {
  const lang = options.lang ?? 'id';
  const h = H[lang];
  const yes = lang === 'id' ? 'ya' : 'yes';
  const no = lang === 'id' ? 'tidak' : 'no';
  const rows = result.assignments.map((a) => {
    const values = [
      a.agency,
      a.village,
      a.villageName,
      a.kecamatanName,
      a.points,
      a.pinned ? yes : no,
      a.text[lang],
    ];
    return Object.fromEntries(h.map((k, i) => [k, values[i] ?? null]));
  });
  return { columns: h, rows };
}
