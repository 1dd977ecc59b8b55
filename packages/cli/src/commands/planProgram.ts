import type { Command } from 'commander';
import { integerOption } from '../integerOption.ts';
import type { Action } from '../program.ts';
import { type PlanAssignOptions, planAssignCommand } from './planAssign.ts';
import { planCheckCommand } from './planCheck.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function readerOptions(o: Record<string, unknown>): {
  sheet?: string;
  encoding?: string;
  delimiter?: string;
} {
  const out: { sheet?: string; encoding?: string; delimiter?: string } = {};
  for (const k of ['sheet', 'encoding', 'delimiter'] as const) {
    const v = str(o[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const checkAction: Action = (ctx, [plan], o) =>
  planCheckCommand(ctx, String(plan), {
    result: String(o.result),
    ...(str(o.agencies) === undefined ? {} : { agencies: String(o.agencies) }),
    ...(str(o.out) === undefined ? {} : { out: String(o.out) }),
    ...(str(o.date) === undefined ? {} : { date: String(o.date) }),
    ...readerOptions(o),
  });

const assignAction: Action = (ctx, [result, agencies], o) => {
  const options: Record<string, unknown> = { ...readerOptions(o) };
  if (str(o.out) !== undefined) options.out = o.out;
  const ints = [
    ['maxPerKecamatan', 'maxPerKecamatan', '--max-per-kecamatan', 1],
    ['minPerLocus', 'minAgenciesPerLocus', '--min-per-locus', 0],
    ['maxPerLocus', 'maxAgenciesPerLocus', '--max-per-locus', 1],
  ] as const;
  for (const [given, key, flag, min] of ints) {
    const n = o[given] === undefined ? undefined : integerOption(ctx, flag, o[given], min);
    if (n !== undefined) options[key] = n;
  }
  if (o.allPairs === true) options.requireMandate = false;
  return planAssignCommand(ctx, String(result), String(agencies), options as PlanAssignOptions);
};

/**
 * Registers `lokus plan check <plan> --result <record>` and `lokus plan assign <result>
 * <agencies>` (the annual action plan against the loci, and the agency ↔ village assignment).
 *
 * @example
 * // A stand-in for a commander program that records every call made on it.
 * const calls = [];
 * const program = new Proxy({}, { get: (_, method) => (...args) => (calls.push([method, args[0]]), program) });
 * addPlan(program, (action) => action);
 * calls.filter(([method]) => method === 'command').map(([, name]) => name); // => ['plan', 'check', 'assign']
 * calls.filter(([method]) => method === 'requiredOption').map(([, flags]) => flags); // => ['--result <file>']
 * calls.filter(([method]) => method === 'action').length; // => 2
 */
export function addPlan(
  program: Command,
  action: (a: Action) => (...parsed: unknown[]) => Promise<void>,
): void {
  const plan = program
    .command('plan')
    .description(
      'the annual action plan (RAT) on the loci, and agencies assigned to loci (Satu OPD Satu Desa)',
    );
  const reader = (cmd: Command): Command =>
    cmd
      .option('--sheet <name>', 'worksheet of an XLSX file (name or 1-based number)')
      .option('--encoding <label>', 'text encoding of a CSV file')
      .option('--delimiter <char>', 'field delimiter of a CSV file');
  reader(
    plan
      .command('check')
      .description(
        'check an action plan against the loci: uncovered loci, unaddressed needs, budget per locus, double and off-loci programmes',
      )
      .argument('<plan>', 'action plan (.csv or .xlsx, template headers)')
      .requiredOption('--result <file>', 'result record of the loci (hasil-<scenario>.json)')
      .option(
        '--agencies <file>',
        'agency list: flags rows outside an agency mandate; the annex then lists the agencies assigned',
      )
      .option(
        '--out <dir>',
        'output folder for cakupan-rencana.csv, .xlsx and the annex lampiran-rencana.pdf',
      )
      .option('--date <yyyy-mm-dd>', 'date stamped in the annex PDF'),
  ).action(action(checkAction));
  reader(
    plan
      .command('assign')
      .description(
        'assign agencies to loci exactly (integer programme, HiGHS), each pair with its reason',
      )
      .argument('<result>', 'result record of the loci (hasil-<scenario>.json)')
      .argument('<agencies>', 'agency list (.csv or .xlsx): OPD, Mandat, Min Desa, Maks Desa, …')
      .option('--max-per-kecamatan <n>', 'most villages of one agency in one kecamatan')
      .option('--min-per-locus <n>', 'fewest agencies per locus (default 1)')
      .option('--max-per-locus <n>', 'most agencies per locus')
      .option('--all-pairs', 'allow agencies on loci whose needs their mandate does not meet')
      .option('--out <dir>', 'output folder for penugasan-opd.csv and .xlsx'),
  ).action(action(assignAction));
}
