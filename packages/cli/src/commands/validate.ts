import { runScenario } from '@lokus/core';
import { type Context, say, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { type InputOptions, loadInputs } from '../loadInputs.ts';
import { diagnosticLines } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';

/**
 * `lokus validate <table> [--boundaries f] [--scenario f]`: reads everything a score would read,
 * runs the scenario when one is given, and prints every problem (file, row, column, value) in
 * the user's language. Exit code 1 when any problem would stop scoring, else 0. Writes nothing.
 *
 * @example
 * (await validateCommand(ctx, 'data/sample/villages.csv', {})).exitCode; // => 0
 */
export async function validateCommand(
  ctx: Context,
  table: string,
  options: Omit<InputOptions, 'data'>,
): Promise<CommandOutcome> {
  const inputs = await loadInputs(ctx, { ...options, data: table });
  const diagnostics = [...inputs.diagnostics];
  const readable = !diagnostics.some((d) => d.severity === 'error');
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
      `${inputs.table.length} desa/kelurahan; ${errors} galat, ${warnings} peringatan${errors > 0 ? ' — penilaian tidak dapat dijalankan' : ''}`,
      `${inputs.table.length} villages; ${errors} errors, ${warnings} warnings${errors > 0 ? ' — scoring cannot run' : ''}`,
    ),
  );
  return {
    exitCode: errors > 0 ? EXIT.DATA : EXIT.OK,
    json: {
      ok: errors === 0,
      command: 'validate',
      villages: inputs.table.length,
      errors,
      warnings,
      readerOptions: inputs.readerOptions,
      diagnostics,
    },
  };
}
