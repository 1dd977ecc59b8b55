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
 * (await planAssignCommand(ctx, 'hasil-idm.json', 'opd.csv', {})).json.status; // => 'optimal'
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
