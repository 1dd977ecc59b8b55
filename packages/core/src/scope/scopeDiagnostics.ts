import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { scopeGroups } from './scopeGroups.ts';

/**
 * The diagnostics of a run's scope: for a scoped run (`by` kabupaten or province) one
 * `SCOPE_GROUP_UNKNOWN` error per village whose code gives no group (row, column `code`, value
 * and village named); for a run of the whole table (`by` absent) with villages of more than one
 * kabupaten/kota, one `POOLED_KABUPATEN` warning saying how many are ranked in one pool and how to
 * rank within each. A stated `by: 'all'` is a decision and gets no warning. O(n) the first time
 * for a table, O(1 + errors) after.
 *
 * @param table - The village table.
 * @param by - The scenario's `scope.by`, or `undefined` when it states no scope.
 * @param file - File name of the table, copied into diagnostics.
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', values: {} },
 *   { code: '33.22.01.2001', values: {} },
 * ]);
 * scopeDiagnostics(table, undefined).map((d) => d.code); // => ['POOLED_KABUPATEN']
 * scopeDiagnostics(table, 'kabupaten'); // => []
 */
export function scopeDiagnostics(
  table: VillageTable,
  by: 'all' | 'province' | 'kabupaten' | undefined,
  file?: string,
): CoreDiagnostic[] {
  if (by === 'all') return [];
  if (by === undefined) {
    const k = scopeGroups(table, 'kabupaten').keys.length;
    if (k <= 1) return [];
    return [
      {
        code: 'POOLED_KABUPATEN',
        severity: 'warning',
        message: `The table holds villages of ${k} kabupaten/kota, ranked and selected in one pool; add scope: { by: kabupaten } to the scenario to rank and select within each kabupaten.`,
        path: 'scope',
        value: k,
        ...(file === undefined ? {} : { file }),
      },
    ];
  }
  const { unplaced } = scopeGroups(table, by);
  return Array.from(
    unplaced,
    (i): CoreDiagnostic => ({
      code: 'SCOPE_GROUP_UNKNOWN',
      severity: 'error',
      message: `Row ${i + 1}: the code "${table.code[i]}" gives no ${by} (expected PP.KK.CC.TDDD), so the village cannot be ranked within its ${by}.`,
      ...(file === undefined ? {} : { file }),
      row: i + 1,
      column: 'code',
      value: table.code[i]!,
      village: table.code[i]!,
      path: 'scope.by',
    }),
  );
}
