import type { PlanDiagnostic } from '../types.ts';
import { PLAN_DIAGNOSTICS, type PlanDiagnosticCode } from './planDiagnosticCodes.ts';

/** Where a diagnostic points, and the values its sentence names. */
export interface PlanDiagnosticWhere {
  readonly file: string;
  readonly row?: number;
  readonly line?: number;
  readonly column?: string;
  readonly value?: unknown;
  readonly village?: string;
  /** Fills `{detail}` in the sentence. */
  readonly detail?: string;
}

const fill = (template: string, w: PlanDiagnosticWhere): string =>
  template.replace('{value}', String(w.value ?? '')).replace('{detail}', w.detail ?? '');

function place(w: PlanDiagnosticWhere, row: string, column: string): string {
  const parts = [w.file];
  if (w.row !== undefined)
    parts.push(`${row} ${w.row}${w.line === undefined ? '' : ` (${w.line})`}`);
  if (w.column !== undefined) parts.push(`${column} "${w.column}"`);
  return parts.join(', ');
}

/**
 * A plan diagnostic with its severity and both sentences, each starting with file, row (and the
 * physical line) and column.
 *
 * @example
 * planDiagnostic('PLAN_NEGATIVE_BUDGET', { file: 'rat.csv', row: 2, line: 3, column: 'Anggaran (Rp)', value: -5 }).message;
 * // => 'rat.csv, row 2 (3), column "Anggaran (Rp)": budget -5 is negative; the row is set aside'
 */
export function planDiagnostic(
  code: PlanDiagnosticCode,
  where: PlanDiagnosticWhere,
): PlanDiagnostic {
  const spec = PLAN_DIAGNOSTICS[code];
  const { detail: _detail, ...rest } = where;
  return {
    code,
    severity: spec.severity,
    ...rest,
    message: `${place(where, 'row', 'column')}: ${fill(spec.en, where)}`,
    messageId: `${place(where, 'baris', 'kolom')}: ${fill(spec.id, where)}`,
  };
}
