import { planDiagnostic } from '../messages/planDiagnostic.ts';
import type { PlanDiagnosticCode } from '../messages/planDiagnosticCodes.ts';
import type { PlanDiagnostic } from '../types.ts';
import type { Sheet } from './readSheet.ts';

/**
 * A diagnostic of the plan readers at one cell: data row `i` (0-based; `row` is 1-based), its
 * line in the file, the column's header (`kolom_<n>` where the header is empty; no column for
 * −1), the value and an optional detail. Internal to `readPlan` and `readAgencies`.
 *
 * @example
 * const sheet = { file: 'rat.csv', header: ['OPD', 'Anggaran (Rp)'], rows: [], lines: [3], diagnostics: [] };
 * cellDiagnostic({ sheet }, 'PLAN_NEGATIVE_BUDGET', 0, 1, -5).message;
 * // => 'rat.csv, row 1 (3), column "Anggaran (Rp)": budget -5 is negative; the row is set aside'
 */
export function cellDiagnostic(
  ctx: { readonly sheet: Sheet },
  code: PlanDiagnosticCode,
  i: number,
  column: number,
  value: unknown,
  detail?: string,
): PlanDiagnostic {
  return planDiagnostic(code, {
    file: ctx.sheet.file,
    row: i + 1,
    line: ctx.sheet.lines[i] ?? i + 2,
    ...(column < 0 ? {} : { column: ctx.sheet.header[column] ?? `kolom_${column + 1}` }),
    value,
    ...(detail === undefined ? {} : { detail }),
  });
}
