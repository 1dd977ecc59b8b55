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
 * assignmentTable(result, { lang: 'en' }).columns.at(-1); // => 'Reason'
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
