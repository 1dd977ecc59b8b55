import { writeCsv, writeXlsx } from '@lokus/io';
import {
  type Agency,
  assignAgencies,
  coverageTable,
  loadSolver,
  type PlanCoverage,
  planCoverage,
  readAgencies,
  readPlan,
} from '@lokus/plan';
import { buildAnnex } from '@lokus/report';
import { annexPdf } from '@lokus/report/pdf';
import { type Context, say, tr } from '../Context.ts';
import type { CommandOutcome } from '../program.ts';
import { checkOutputs, writeOutputs } from '../writeOutputs.ts';
import { recordVillages, refuseErrors, sheetFile } from './planInputs.ts';

/** Options of `lokus plan check`. */
export interface PlanCheckOptions {
  /** The result record (`hasil-<scenario>.json`) whose loci the plan is checked against. */
  readonly result: string;
  /** Agency list: rows outside an agency's mandate are flagged. */
  readonly agencies?: string;
  /** Output folder for `cakupan-rencana.csv` and `.xlsx`; nothing is written when absent. */
  readonly out?: string;
  readonly sheet?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  /** Date stamped in the annex PDF (`YYYY-MM-DD`); default 1 January of the record's year. */
  readonly date?: string;
}

const rp = (n: number): string => `Rp${Math.round(n).toLocaleString('id-ID')}`;

/** The coverage as lines for people. */
function coverageLines(ctx: Context, c: PlanCoverage): string[] {
  const t = c.totals;
  const name = (code: string): string => c.loci.find((l) => l.code === code)?.name ?? code;
  return [
    tr(
      ctx.lang,
      `Lokus tercakup: ${t.lociCovered} dari ${t.loci}`,
      `Loci covered: ${t.lociCovered} of ${t.loci}`,
    ),
    tr(
      ctx.lang,
      `Kebutuhan tertangani: ${t.needsAddressed} dari ${t.needs}`,
      `Needs addressed: ${t.needsAddressed} of ${t.needs}`,
    ),
    tr(
      ctx.lang,
      `Anggaran: ${rp(t.budget)} (di lokus ${rp(t.budgetOnLoci)}, di luar lokus ${rp(t.budgetOffLoci)})`,
      `Budget: ${rp(t.budget)} (on loci ${rp(t.budgetOnLoci)}, off loci ${rp(t.budgetOffLoci)})`,
    ),
    ...(c.uncovered.length === 0
      ? []
      : [
          tr(
            ctx.lang,
            `Lokus tanpa program (${c.uncovered.length}):`,
            `Loci without programmes (${c.uncovered.length}):`,
          ),
          ...c.uncovered.map((code) => `  ${code}  ${name(code)}`),
        ]),
    ...(c.doubles.length === 0
      ? []
      : [
          tr(
            ctx.lang,
            `Program sejenis ganda (${c.doubles.length}):`,
            `Same kind twice (${c.doubles.length}):`,
          ),
          ...c.doubles.map(
            (d) => `  ${d.village}  ${d.name}: ${d.indicator} (${d.agencies.join(', ')})`,
          ),
        ]),
    ...(c.nonLoci.length === 0
      ? []
      : [
          tr(
            ctx.lang,
            `Program di desa bukan lokus (${c.nonLoci.length}):`,
            `Programmes on villages that are not loci (${c.nonLoci.length}):`,
          ),
          ...c.nonLoci.map((v) => `  ${v.code}  ${v.name}: ${rp(v.budget)}`),
        ]),
  ];
}

/**
 * `lokus plan check <plan> --result <record>`: reads an action plan (CSV or XLSX, the template's
 * Indonesian headers) and checks it against the loci of a result record: every bad cell with
 * file, row, column and value (an error stops with exit code 1 and writes nothing); then the
 * coverage (`planCoverage` of `@lokus/plan`): loci without programmes, needs no programme
 * addresses, budget per locus and per poor household, the same kind twice, programmes off the
 * loci. With `--out` it writes `cakupan-rencana.csv`, `cakupan-rencana.xlsx` and
 * `lampiran-rencana.pdf`: the decree annex of the record's loci with the section "Rencana aksi
 * pada lokus" (and, with `--agencies`, the agencies assigned to the loci).
 *
 * @example
 * const { mkdtempSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const d1 = { id: 'desil1_kk', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const rtlh = { id: 'rtlh_unit', label: { id: 'RTLH', en: 'Unfit houses' }, unit: 'unit', kind: 'count', direction: 'higher-is-worse' };
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { desil1_kk: 40, rtlh_unit: 12 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { desil1_kk: 10, rtlh_unit: 3 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { desil1_kk: 25, rtlh_unit: 20 } },
 * ]);
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1, rtlh], select: { mode: 'top-n', n: 2 } });
 * writeFileSync(`${terminal.cwd}/hasil.json`, writeResultRecord(toResultRecord(result, { date: '2026-01-15' })));
 * writeFileSync(`${terminal.cwd}/rat.csv`, 'OPD;Program;Kegiatan;Indikator;Target;Satuan Target;Anggaran (Rp);Sumber Dana;Desa/Kelurahan\nDinas Sosial;Perlindungan sosial;PKH plus;desil1_kk;40;KK;100000000;APBD;33.21.01.2001\n');
 * const { json } = await planCheckCommand(ctx, 'rat.csv', { result: 'hasil.json' });
 * [json.rows, json.uncovered, json.totals.lociCovered, json.totals.needsAddressed, json.totals.needs]; // => [1, ['33.21.02.2001'], 1, 1, 3]
 * printed.slice(2, 5); // => ['Loci covered: 1 of 2\n', 'Needs addressed: 1 of 3\n', 'Budget: Rp100.000.000 (on loci Rp100.000.000, off loci Rp0)\n']
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function planCheckCommand(
  ctx: Context,
  planFile: string,
  options: PlanCheckOptions,
): Promise<CommandOutcome> {
  const names = ['cakupan-rencana.csv', 'cakupan-rencana.xlsx', 'lampiran-rencana.pdf'];
  if (options.out !== undefined) checkOutputs(ctx, options.out, names);
  const { record, result, villages } = recordVillages(ctx, options.result);
  let agencies: readonly Agency[] | undefined;
  if (options.agencies !== undefined) {
    const list = readAgencies(await sheetFile(ctx, options.agencies, options), villages);
    refuseErrors(ctx, options.agencies, list.diagnostics);
    agencies = list.agencies;
  }
  const plan = readPlan(
    await sheetFile(ctx, planFile, options),
    villages,
    agencies === undefined ? {} : { agencies },
  );
  refuseErrors(ctx, planFile, plan.diagnostics);
  const coverage = planCoverage(plan, villages);
  const table = coverageTable(coverage, { lang: ctx.lang });
  let written: string[] = [];
  if (options.out !== undefined) {
    const assignment =
      agencies === undefined ? undefined : assignAgencies(villages, agencies, await loadSolver());
    const annex = buildAnnex(result, {
      lang: ctx.lang,
      ...(record.districtName === null ? {} : { districtName: record.districtName }),
      plan: { coverage, ...(assignment === undefined ? {} : { assignment }) },
    });
    const pdf = await annexPdf(annex, null, {
      ...(options.date === undefined ? {} : { date: new Date(`${options.date}T00:00:00Z`) }),
    });
    written = writeOutputs(ctx, options.out, [
      { name: names[0]!, content: writeCsv(table.rows, { columns: table.columns }) },
      {
        name: names[1]!,
        content: await writeXlsx([
          { name: tr(ctx.lang, 'Cakupan lokus', 'Loci coverage'), ...table },
        ]),
      },
      { name: names[2]!, content: pdf },
    ]);
  }
  for (const line of coverageLines(ctx, coverage)) say(ctx, line);
  for (const path of written) say(ctx, `${tr(ctx.lang, 'ditulis', 'written')}: ${path}`);
  return {
    json: {
      ok: true,
      command: 'plan check',
      rows: plan.rows.length,
      uncovered: coverage.uncovered,
      unaddressed: coverage.unaddressed,
      doubles: coverage.doubles,
      nonLoci: coverage.nonLoci,
      totals: coverage.totals,
      outputs: written,
      diagnostics: plan.diagnostics,
    },
  };
}
