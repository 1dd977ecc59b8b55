/**
 * The plan in the exported loci tables (scoring worker): the CSV gets the plan's columns per
 * village, the workbook two more sheets, both from `@lokus/plan`'s `coverageTable` and
 * `assignmentTable` (the tables `lokus plan check` and `lokus plan assign` write). Values are
 * copied by village code, never recomputed.
 */
import { fixZipTimestamps } from '@lokus/io';
import {
  type AssignmentResult,
  assignmentTable,
  coverageTable,
  type PlanCoverage,
  type PlanTable,
} from '@lokus/plan';
import type { LociColumn, LociRow, LociTable } from '@lokus/report';
import ExcelJS from 'exceljs';

/** The plan as the exports carry it. */
export interface PlanExport {
  readonly coverage: PlanCoverage;
  readonly assignment: AssignmentResult | null;
}

const HEADERS = {
  id: {
    programmes: 'Rencana: Jumlah Program',
    agencies: 'Rencana: OPD',
    budget: 'Rencana: Anggaran (Rp)',
    perPoor: 'Rencana: Anggaran per KK Miskin (Rp)',
    unaddressed: 'Rencana: Kebutuhan Belum Ditangani',
    status: 'Rencana: Status',
    assigned: 'OPD Pendamping',
    other: 'bukan lokus, ada program',
    coverageSheet: 'Rencana aksi',
    assignmentSheet: 'Penugasan OPD',
  },
  en: {
    programmes: 'Plan: Programmes',
    agencies: 'Plan: Agencies',
    budget: 'Plan: Budget (Rp)',
    perPoor: 'Plan: Budget per poor household (Rp)',
    unaddressed: 'Plan: Needs not addressed',
    status: 'Plan: Status',
    assigned: 'Accompanying agencies',
    other: 'not a locus, has programmes',
    coverageSheet: 'Action plan',
    assignmentSheet: 'Agency assignment',
  },
} as const;

/** The plan columns of each village, by code: the coverage table's cells, the assigned agencies. */
function planCells(plan: PlanExport, lang: 'id' | 'en'): Map<string, LociRow> {
  const w = HEADERS[lang];
  const table = coverageTable(plan.coverage, { lang });
  const [code, , , , programmes, agencies, budget, , perPoor, , unaddressed, status] =
    table.columns;
  const cells = new Map<string, LociRow>();
  for (const r of table.rows) {
    cells.set(String(r[code!]), {
      'plan:programmes': r[programmes!] ?? null,
      'plan:agencies': r[agencies!] ?? null,
      'plan:budget': r[budget!] ?? null,
      'plan:perPoor': r[perPoor!] ?? null,
      'plan:unaddressed': r[unaddressed!] ?? null,
      'plan:status': r[status!] ?? null,
    });
  }
  for (const v of plan.coverage.nonLoci) {
    cells.set(v.code, {
      'plan:programmes': v.rows.length,
      'plan:budget': Math.round(v.budget),
      'plan:status': w.other,
    });
  }
  for (const a of plan.assignment?.status === 'optimal' ? plan.assignment.assignments : []) {
    const c = cells.get(a.village) ?? {};
    const before = c['plan:assigned'];
    cells.set(a.village, { ...c, 'plan:assigned': before ? `${before}; ${a.agency}` : a.agency });
  }
  return cells;
}

/**
 * The loci table with the plan's columns inserted before the full-precision ones.
 *
 * @example
 * withPlanColumns(table, plan).columns.some((c) => c.header === 'Rencana: Status'); // => true
 */
export function withPlanColumns(table: LociTable, plan: PlanExport): LociTable {
  const w = HEADERS[table.lang];
  const text = (key: string, header: string, width: number): LociColumn => ({
    key,
    header,
    type: 'text',
    precision: 'display',
    width,
  });
  const num = (key: string, header: string): LociColumn => ({
    key,
    header,
    type: 'number',
    digits: 0,
    precision: 'display',
    width: 14,
  });
  const added: LociColumn[] = [
    num('plan:programmes', w.programmes),
    text('plan:agencies', w.agencies, 30),
    num('plan:budget', w.budget),
    num('plan:perPoor', w.perPoor),
    text('plan:unaddressed', w.unaddressed, 30),
    text('plan:status', w.status, 16),
    ...(plan.assignment?.status === 'optimal' ? [text('plan:assigned', w.assigned, 30)] : []),
  ];
  const at = table.columns.findIndex((c) => c.precision === 'full');
  const cut = at < 0 ? table.columns.length : at;
  const columns = [...table.columns.slice(0, cut), ...added, ...table.columns.slice(cut)];
  const cells = planCells(plan, table.lang);
  const rows = table.rows.map((r) => ({ ...r, ...cells.get(String(r.code)) }));
  return { ...table, columns, rows };
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: PlanTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    key: c,
    width: Math.min(Math.max(c.length + 2, 12), 40),
  }));
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const r of table.rows) sheet.addRow(table.columns.map((c) => r[c] ?? null));
}

/**
 * The loci workbook with the sheets "Rencana aksi" (coverage per locus) and, after an optimal
 * assignment, "Penugasan OPD"; zip entry times set to `date` so the bytes stay reproducible.
 *
 * @example
 * const bytes = await withPlanSheets(await writeLociXlsx(result), plan, 'id', new Date(0));
 * bytes[0] === 0x50; // => true
 */
export async function withPlanSheets(
  xlsx: Uint8Array,
  plan: PlanExport,
  lang: 'id' | 'en',
  date: Date,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as never);
  const w = HEADERS[lang];
  addSheet(workbook, w.coverageSheet, coverageTable(plan.coverage, { lang }));
  if (plan.assignment?.status === 'optimal')
    addSheet(workbook, w.assignmentSheet, assignmentTable(plan.assignment, { lang }));
  const written: unknown = await workbook.xlsx.writeBuffer();
  const bytes =
    written instanceof ArrayBuffer
      ? new Uint8Array(written)
      : new Uint8Array(written as Uint8Array);
  return fixZipTimestamps(bytes, date);
}
