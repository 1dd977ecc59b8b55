import { runScenario } from '@lokus/core';
import { joinByCode } from '@lokus/geo';
import { type Context, say, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { type InputOptions, loadInputs } from '../loadInputs.ts';
import { diagnosticLines } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';

/**
 * `lokus validate <table> [--boundaries f] [--scenario f]`: reads everything a score would read,
 * runs the scenario when one is given, and prints every problem (file, row, column, value) in
 * the user's language, with the join report when boundaries are given. Exit code 1 when a
 * problem stops scoring (a join error only sets its villages aside, unless nothing matched),
 * else 0. Writes nothing.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * (await validateCommand(ctx, 'data/sample/villages.csv', { scenario: 'data/scenarios/idm.yaml' })).exitCode; // => 0
 * printed.at(-1); // => '250 villages; 0 errors, 10 warnings\n'
 * printed[1];
 * // => 'warning EXCLUDED_MISSING — Row 96, column iks, village 99.01.07.1001: This village is kept but not ranked because its data are incomplete.\n'
 */
export async function validateCommand(
  ctx: Context,
  table: string,
  options: Omit<InputOptions, 'data'>,
): Promise<CommandOutcome> {
  const inputs = await loadInputs(ctx, { ...options, data: table });
  const diagnostics = [...inputs.diagnostics];
  const readable = !diagnostics.some((d) => d.severity === 'error');
  // The join report: villages without a boundary, boundaries without a row, duplicates. Only a
  // refused join (nothing matched, no code property) stops scoring; the rest set villages aside.
  let refused = false;
  const joinReport = new Set<unknown>();
  if (readable && inputs.boundaries !== null && inputs.boundaryFile !== null) {
    const join = joinByCode(inputs.table, inputs.boundaries, {
      tableFile: inputs.tableFile.file,
      boundaryFile: inputs.boundaryFile.file,
    });
    refused = join.refused;
    diagnostics.push(...join.diagnostics);
    for (const d of join.diagnostics) joinReport.add(d);
  }
  if (readable && inputs.scenarioFile !== null && inputs.scenarioFile.value !== undefined) {
    ctx.current.file = inputs.scenarioFile.file;
    const result = runScenario(inputs.table, inputs.scenarioFile.value, { file: table });
    for (const d of result.diagnostics) {
      diagnostics.push(
        d.code === 'SCENARIO_INVALID' ? { ...d, file: inputs.scenarioFile.file } : d,
      );
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const stopping = refused || diagnostics.some((d) => d.severity === 'error' && !joinReport.has(d));
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (!ctx.json) {
    // Problems are the command's output: on standard output; with --quiet only the errors.
    const shown = ctx.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    for (const line of diagnosticLines(ctx, shown)) ctx.terminal.out(`${line}\n`);
  }
  say(
    ctx,
    tr(
      ctx.lang,
      `${inputs.table.length} desa/kelurahan; ${errors} galat, ${warnings} peringatan${stopping ? ' — penilaian tidak dapat dijalankan' : ''}`,
      `${inputs.table.length} villages; ${errors} errors, ${warnings} warnings${stopping ? ' — scoring cannot run' : ''}`,
    ),
  );
  return {
    exitCode: stopping ? EXIT.DATA : EXIT.OK,
    json: {
      ok: !stopping,
      command: 'validate',
      villages: inputs.table.length,
      errors,
      warnings,
      readerOptions: inputs.readerOptions,
      diagnostics,
    },
  };
}
