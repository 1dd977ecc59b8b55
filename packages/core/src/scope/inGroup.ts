import type { CoreDiagnostic } from '../types.ts';

/**
 * A group's diagnostic for the whole table (a new object: kept ones are never changed): the group
 * named (in the message too when no village names it), its row a row of the table. O(1).
 *
 * @param d - A diagnostic of a run of the group's rows alone.
 * @param key - The group's key, `PP.KK` or `PP`.
 * @param rows - The group's rows in the table: row k of the group is row `rows[k - 1] + 1`.
 * @example
 * const d = { code: 'SELECTION_SHORT', severity: 'warning', message: 'Only 2 loci.', path: 'select' };
 * inGroup(d, '33.21', Int32Array.of(4, 9)).message; // => '33.21: Only 2 loci.'
 * inGroup({ ...d, row: 2, village: '33.21.01.2002' }, '33.21', Int32Array.of(4, 9)).row; // => 10
 */
export function inGroup(d: CoreDiagnostic, key: string, rows: Int32Array): CoreDiagnostic {
  const out = { ...d, group: key };
  if (d.village === undefined) out.message = `${key}: ${d.message}`;
  if (d.row !== undefined) out.row = rows[d.row - 1]! + 1;
  return out;
}
