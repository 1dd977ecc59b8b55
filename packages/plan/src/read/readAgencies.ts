import { normaliseVillageCode } from '@lokus/core';
import type { Agency, AgencyList, PlanDiagnostic, PlanVillage } from '../types.ts';
import { cellDiagnostic as diag } from './cellDiagnostic.ts';
import { AGENCY_COLUMNS, type AgencyColumnKey } from './planColumns.ts';
import { CATALOGUE_INDICATOR_IDS, planIndicator } from './planIndicator.ts';
import type { Sheet, SheetCell } from './readSheet.ts';
import { cellsBeyondHeader, cellText, sheetColumns } from './sheetColumns.ts';
import { type ScopeIndex, scopeIndex } from './villageScope.ts';

interface AgencyContext {
  readonly sheet: Sheet;
  readonly at: Readonly<Record<AgencyColumnKey, number>>;
  readonly index: ScopeIndex;
  readonly extra: ReadonlySet<string>;
}

const split = (s: string): string[] =>
  s
    .split(/[;,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');

/**
 * Checks an agency list (see `readSheet`): per row an agency (OPD) with its mandate (indicators
 * it can move, by catalogue id or header), capacity `Min Desa`–`Maks Desa` (default 0–1), and
 * optional preferred kecamatan, preferred villages and pinned villages. A row is set aside with
 * an error for: no mandate (`AGENCY_WITHOUT_MANDATE`), an indicator outside the catalogue, a
 * capacity that is not whole numbers 0 ≤ min ≤ max, an unknown village or kecamatan, or a
 * repeated agency name. O(rows).
 *
 * @example
 * const sheet = await readSheet('OPD;Mandat\nDinas Sosial;\n', { file: 'opd.csv' });
 * readAgencies(sheet, []).diagnostics.map((d) => d.code); // => ['AGENCY_WITHOUT_MANDATE']
 */
export function readAgencies(sheet: Sheet, villages: readonly PlanVillage[]): AgencyList {
  const { at, diagnostics: columnProblems } = sheetColumns(sheet, AGENCY_COLUMNS);
  const diagnostics: PlanDiagnostic[] = [...sheet.diagnostics, ...columnProblems];
  if (columnProblems.length > 0) {
    return {
      file: sheet.file,
      agencies: [],
      setAside: sheet.rows.map((_, i) => i + 1),
      diagnostics,
    };
  }
  const extra = new Set(villages.flatMap((v) => v.needs.map((n) => n.scenarioIndicator)));
  const ctx: AgencyContext = { sheet, at, index: scopeIndex(villages), extra };
  const agencies: Agency[] = [];
  const setAside: number[] = [];
  const seen = new Map<string, number>();
  sheet.rows.forEach((cells, i) => {
    const problems = [];
    const name = cellText(cells, at.agency);
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push(diag(ctx, 'AGENCY_DUPLICATE', i, at.agency, name, String(first)));
    }
    const { agency, problems: rowProblems } = checkAgency(ctx, cells, i);
    problems.push(...rowProblems);
    diagnostics.push(...problems);
    if (agency === null || problems.some((d) => d.severity === 'error')) {
      setAside.push(i + 1);
      return;
    }
    seen.set(name, i + 1);
    agencies.push(agency);
  });
  return { file: sheet.file, agencies, setAside, diagnostics };
}

function wholeCell(cell: SheetCell | undefined, fallback: number): number {
  if (cell === null || cell === undefined) return fallback;
  return typeof cell === 'number' ? cell : Number(cell.trim());
}

function checkAgency(
  ctx: AgencyContext,
  cells: readonly SheetCell[],
  i: number,
): { agency: Agency | null; problems: PlanDiagnostic[] } {
  const { at } = ctx;
  const problems: PlanDiagnostic[] = [];
  const name = cellText(cells, at.agency);
  if (name === '') problems.push(diag(ctx, 'PLAN_MISSING_VALUE', i, at.agency, ''));
  const spilled = cellsBeyondHeader(cells, ctx.sheet.header.length);
  if (spilled > 0) problems.push(diag(ctx, 'PLAN_RAGGED_ROW', i, -1, spilled));
  const mandate: string[] = [];
  for (const token of split(cellText(cells, at.mandate))) {
    const id = planIndicator(token, ctx.extra);
    if (id === null) {
      const known = CATALOGUE_INDICATOR_IDS.join(', ');
      problems.push(diag(ctx, 'PLAN_UNKNOWN_INDICATOR', i, at.mandate, token, known));
    } else if (!mandate.includes(id)) mandate.push(id);
  }
  if (mandate.length === 0 && problems.every((d) => d.code !== 'PLAN_UNKNOWN_INDICATOR')) {
    problems.push(diag(ctx, 'AGENCY_WITHOUT_MANDATE', i, at.mandate, name));
  }
  const min = wholeCell(at.min < 0 ? null : cells[at.min], 0);
  const max = wholeCell(at.max < 0 ? null : cells[at.max], 1);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || min > max) {
    problems.push(
      diag(ctx, 'AGENCY_BAD_CAPACITY', i, at.min < 0 ? at.max : at.min, `${min}–${max}`),
    );
  }
  const preferKecamatan: string[] = [];
  for (const token of split(cellText(cells, at.preferKecamatan))) {
    const kec = ctx.index.kecamatan.get(token) ?? ctx.index.kecamatan.get(token.toLowerCase());
    if (kec === undefined)
      problems.push(diag(ctx, 'PLAN_UNKNOWN_KECAMATAN', i, at.preferKecamatan, token));
    else preferKecamatan.push(kec);
  }
  const preferVillages = codes(ctx, cells, i, at.preferVillages, problems);
  const pinned = codes(ctx, cells, i, at.pinned, problems);
  if (problems.length > 0) return { agency: null, problems };
  return { agency: { name, mandate, min, max, preferKecamatan, preferVillages, pinned }, problems };
}

function codes(
  ctx: AgencyContext,
  cells: readonly SheetCell[],
  i: number,
  column: number,
  problems: PlanDiagnostic[],
): string[] {
  const out: string[] = [];
  for (const token of split(cellText(cells, column))) {
    const code = normaliseVillageCode(token);
    if (code === null) problems.push(diag(ctx, 'PLAN_MALFORMED_VILLAGE', i, column, token));
    else if (!ctx.index.codes.has(code))
      problems.push(diag(ctx, 'PLAN_UNKNOWN_VILLAGE', i, column, token));
    else if (!out.includes(code)) out.push(code);
  }
  return out.sort();
}
