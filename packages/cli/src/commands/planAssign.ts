import { writeCsv, writeXlsx } from '@lokus/io';
import {
  type AssignOptions,
  assignAgencies,
  assignmentTable,
  loadSolver,
  readAgencies,
} from '@lokus/plan';
import { CliError } from '../CliError.ts';
import { type Context, say, step, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import type { CommandOutcome } from '../program.ts';
import { checkOutputs, writeOutputs } from '../writeOutputs.ts';
import { recordVillages, refuseErrors, sheetFile } from './planInputs.ts';

/** Options of `lokus plan assign`. */
export interface PlanAssignOptions extends Omit<AssignOptions, 'timeLimit'> {
  /** Output folder for `penugasan-opd.csv` and `.xlsx`; nothing is written when absent. */
  readonly out?: string;
  readonly sheet?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
}

/**
 * `lokus plan assign <result> <agencies>`: assigns the agencies of a list (OPD, mandate, capacity,
 * preferences, pinned villages) to the loci of a result record, exactly (`assignAgencies` of
 * `@lokus/plan`, HiGHS), and prints each pair with its reason. When no assignment exists it
 * stops with exit code 1 naming the constraint that breaks. With `--out` it writes
 * `penugasan-opd.csv` and `penugasan-opd.xlsx`.
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
 * writeFileSync(`${terminal.cwd}/opd.csv`, 'OPD;Mandat;Min Desa;Maks Desa\nDinas Sosial;desil1_kk;1;2\nDinas Perkim;rtlh_unit;1;2\n');
 * const { json } = await planAssignCommand(ctx, 'hasil.json', 'opd.csv', {});
 * [json.status, json.objective]; // => ['optimal', 8]
 * json.assignments.map((a) => [a.agency, a.village, a.points]);
 * // => [['Dinas Sosial', '33.21.01.2001', 3], ['Dinas Perkim', '33.21.01.2001', 2], ['Dinas Perkim', '33.21.02.2001', 3]]
 * printed.at(-2); // => 'Dinas Perkim → Desa Karanganyar: Unfit houses 20 unit, highest in the district\n'
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function planAssignCommand(
  ctx: Context,
  resultFile: string,
  agenciesFile: string,
  options: PlanAssignOptions,
): Promise<CommandOutcome> {
  const names = ['penugasan-opd.csv', 'penugasan-opd.xlsx'];
  if (options.out !== undefined) checkOutputs(ctx, options.out, names);
  const { villages } = recordVillages(ctx, resultFile);
  const list = readAgencies(await sheetFile(ctx, agenciesFile, options), villages);
  refuseErrors(ctx, agenciesFile, list.diagnostics);
  step(ctx, 'menyusun penugasan OPD', 'assigning agencies');
  const { out: _out, sheet: _s, encoding: _e, delimiter: _d, ...assign } = options;
  const result = assignAgencies(villages, list.agencies, await loadSolver(), assign);
  if (result.status !== 'optimal') {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        'tidak ada penugasan yang memenuhi semua batasan',
        'no assignment meets every constraint',
      ),
      { file: agenciesFile, details: result.infeasible.map((x) => x.text[ctx.lang]) },
    );
  }
  const table = assignmentTable(result, { lang: ctx.lang });
  const written =
    options.out === undefined
      ? []
      : writeOutputs(ctx, options.out, [
          { name: names[0]!, content: writeCsv(table.rows, { columns: table.columns }) },
          {
            name: names[1]!,
            content: await writeXlsx([
              { name: tr(ctx.lang, 'Penugasan OPD', 'Agency assignment'), ...table },
            ]),
          },
        ]);
  for (const a of result.assignments) say(ctx, a.text[ctx.lang]);
  say(
    ctx,
    tr(
      ctx.lang,
      `Total poin: ${result.objective} (optimal)`,
      `Total points: ${result.objective} (optimal)`,
    ),
  );
  for (const path of written) say(ctx, `${tr(ctx.lang, 'ditulis', 'written')}: ${path}`);
  return {
    json: {
      ok: true,
      command: 'plan assign',
      status: result.status,
      objective: result.objective,
      assignments: result.assignments.map(({ matched: _m, ...a }) => a),
      size: result.size,
      outputs: written,
    },
  };
}
