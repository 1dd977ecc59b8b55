import { parseNumber } from '@lokus/io';
import type { Agency, Plan, PlanDiagnostic, PlanRow, PlanVillage } from '../types.ts';
import { cellDiagnostic as diag } from './cellDiagnostic.ts';
import { FUNDING_SOURCES, fundingSource } from './fundingSources.ts';
import { PLAN_COLUMNS, type PlanColumnKey } from './planColumns.ts';
import { CATALOGUE_INDICATOR_IDS, planIndicator } from './planIndicator.ts';
import type { Sheet, SheetCell } from './readSheet.ts';
import { cellsBeyondHeader, cellText, sheetColumns } from './sheetColumns.ts';
import { type ScopeIndex, scopeIndex, villageScope } from './villageScope.ts';

/** Options of {@link readPlan}. */
export interface ReadPlanOptions {
  /** The agency list: rows outside an agency's mandate, or of an agency not listed, get a warning. */
  readonly agencies?: readonly Agency[];
}

/** What one row check needs. */
interface RowContext {
  readonly sheet: Sheet;
  readonly at: Readonly<Record<PlanColumnKey, number>>;
  readonly index: ScopeIndex;
  readonly extra: ReadonlySet<string>;
  readonly agencies: ReadonlyMap<string, Agency> | null;
}

/**
 * Checks the rows of an action-plan sheet (see `readSheet`) against the district's villages:
 * each row becomes a {@link PlanRow} or is set aside with at least one error naming file, row,
 * physical line, column and value; nothing is dropped silently. Errors: an empty required cell,
 * a budget or target that is not a number, a negative budget, an indicator outside the
 * catalogue, an unknown funding source, a village code that is malformed or not in the district,
 * an unknown kecamatan. Warnings (the row is kept): a kecamatan without loci, a row repeating an
 * earlier one (counted once: the repeat is set aside), and with `agencies`, an agency not listed
 * or a row outside its mandate. Numbers are read by `parseNumber` of `@lokus/io` (`1.500.000`
 * and `1,500,000` alike). O(rows · villages per row).
 *
 * @example
 * const sheet = await readSheet('OPD,Program,Indikator,Anggaran (Rp),Sumber Dana,Desa/Kelurahan\nDinsos,PKH,desil1_kk,-5,APBD,semua lokus\n', { file: 'rat.csv' });
 * readPlan(sheet, []).diagnostics.map((d) => d.code); // => ['PLAN_NEGATIVE_BUDGET']
 */
export function readPlan(
  sheet: Sheet,
  villages: readonly PlanVillage[],
  options: ReadPlanOptions = {},
): Plan {
  const { at, diagnostics: columnProblems } = sheetColumns(sheet, PLAN_COLUMNS);
  const diagnostics: PlanDiagnostic[] = [...sheet.diagnostics, ...columnProblems];
  if (columnProblems.length > 0) {
    return { file: sheet.file, rows: [], setAside: sheet.rows.map((_, i) => i + 1), diagnostics };
  }
  const extra = new Set(villages.flatMap((v) => v.needs.map((n) => n.scenarioIndicator)));
  const agencies =
    options.agencies === undefined ? null : new Map(options.agencies.map((a) => [a.name, a]));
  const ctx: RowContext = { sheet, at, index: scopeIndex(villages), extra, agencies };
  const rows: PlanRow[] = [];
  const setAside: number[] = [];
  const seen = new Map<string, number>();
  sheet.rows.forEach((cells, i) => {
    const { row, problems } = checkRow(ctx, cells, i);
    diagnostics.push(...problems);
    if (row === null) {
      setAside.push(i + 1);
      return;
    }
    const key = rowKey(row);
    const first = seen.get(key);
    if (first !== undefined) {
      diagnostics.push(diag(ctx, 'PLAN_DUPLICATE_ROW', i, -1, '', String(first)));
      setAside.push(i + 1);
      return;
    }
    seen.set(key, i + 1);
    rows.push(row);
  });
  return { file: sheet.file, rows, setAside, diagnostics };
}

const rowKey = (r: PlanRow): string =>
  JSON.stringify([r.agency, r.programme, r.activity, r.indicator, r.budget, r.source, r.villages]);

function numberCell(cell: SheetCell | undefined): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  const text = cell.replace(/^rp\.?\s*/i, '');
  const dot = parseNumber(text, { decimal: '.' });
  const comma = parseNumber(text, { decimal: ',' });
  if (dot === null) return comma;
  if (comma === null || dot === comma) return dot;
  // Both readings work (`1.500` or `1,5`): rupiah are written with thousands dots in Indonesia.
  return /^\d{1,3}(\.\d{3})+$/.test(text.trim()) ? comma : dot;
}

/** Checks one data row; `row` is null when an error sets it aside. */
function checkRow(
  ctx: RowContext,
  cells: readonly SheetCell[],
  i: number,
): { row: PlanRow | null; problems: PlanDiagnostic[] } {
  const { at } = ctx;
  const problems: PlanDiagnostic[] = [];
  const text = (k: PlanColumnKey): string => cellText(cells, at[k]);
  const spilled = cellsBeyondHeader(cells, ctx.sheet.header.length);
  if (spilled > 0) problems.push(diag(ctx, 'PLAN_RAGGED_ROW', i, -1, spilled));
  for (const c of PLAN_COLUMNS) {
    if (c.required && text(c.key) === '')
      problems.push(diag(ctx, 'PLAN_MISSING_VALUE', i, at[c.key], ''));
  }
  const budget = numberCell(cells[at.budget]);
  if (text('budget') !== '' && budget === null) {
    problems.push(diag(ctx, 'PLAN_NOT_A_NUMBER', i, at.budget, text('budget')));
  } else if (budget !== null && budget < 0) {
    problems.push(diag(ctx, 'PLAN_NEGATIVE_BUDGET', i, at.budget, budget));
  }
  const target = numberCell(at.target < 0 ? null : cells[at.target]);
  if (text('target') !== '' && target === null) {
    problems.push(diag(ctx, 'PLAN_NOT_A_NUMBER', i, at.target, text('target')));
  }
  const indicator = text('indicator') === '' ? null : planIndicator(text('indicator'), ctx.extra);
  if (text('indicator') !== '' && indicator === null) {
    const known = CATALOGUE_INDICATOR_IDS.join(', ');
    problems.push(diag(ctx, 'PLAN_UNKNOWN_INDICATOR', i, at.indicator, text('indicator'), known));
  }
  const source = text('source') === '' ? null : fundingSource(text('source'));
  if (text('source') !== '' && source === null) {
    const known = FUNDING_SOURCES.map((s) => s.id).join(', ');
    problems.push(diag(ctx, 'PLAN_UNKNOWN_SOURCE', i, at.source, text('source'), known));
  }
  const scope = text('villages') === '' ? null : villageScope(text('villages'), ctx.index);
  if (scope !== null && !scope.ok) {
    const code =
      scope.problem === 'malformed'
        ? 'PLAN_MALFORMED_VILLAGE'
        : scope.problem === 'unknown-village'
          ? 'PLAN_UNKNOWN_VILLAGE'
          : 'PLAN_UNKNOWN_KECAMATAN';
    problems.push(diag(ctx, code, i, at.villages, scope.value));
  }
  if (problems.length > 0 || scope === null || !scope.ok || indicator === null || source === null) {
    return { row: null, problems };
  }
  if (scope.scope.kind === 'kecamatan' && scope.villages.length === 0) {
    problems.push(diag(ctx, 'PLAN_NO_LOCI_IN_KECAMATAN', i, at.villages, scope.scope.kecamatan));
  }
  problems.push(...mandateWarnings(ctx, i, text('agency'), indicator));
  const row: PlanRow = {
    row: i + 1,
    line: ctx.sheet.lines[i] ?? i + 2,
    agency: text('agency'),
    programme: text('programme'),
    activity: text('activity'),
    indicator,
    target,
    targetUnit: text('targetUnit'),
    budget: budget ?? 0,
    source,
    scope: scope.scope,
    villages: scope.villages,
  };
  return { row, problems };
}

function mandateWarnings(
  ctx: RowContext,
  i: number,
  agency: string,
  indicator: string,
): PlanDiagnostic[] {
  if (ctx.agencies === null) return [];
  const a = ctx.agencies.get(agency);
  if (a === undefined) return [diag(ctx, 'PLAN_UNKNOWN_AGENCY', i, ctx.at.agency, agency)];
  if (!a.mandate.includes(indicator)) {
    return [diag(ctx, 'PLAN_OUTSIDE_MANDATE', i, ctx.at.indicator, agency, indicator)];
  }
  return [];
}
