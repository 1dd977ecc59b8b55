import { type Diagnostic, runScenario, type ScenarioResult } from '@lokus/core';
import { CliError } from './CliError.ts';
import { type Context, step, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';
import { type InputOptions, type Inputs, loadInputs } from './loadInputs.ts';
import { diagnosticLines } from './printDiagnostics.ts';

/** A scored run: the inputs as read and the result of `runScenario`. */
export interface ScoredRun {
  readonly inputs: Inputs;
  readonly result: ScenarioResult;
  /** Input diagnostics, then the pipeline's. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the inputs and runs the scenario. Any error diagnostic (unreadable table, unknown
 * indicator, all-zero weights, nothing in the district, …) stops here with a {@link CliError}
 * (exit code 1) listing every problem; nothing has been written by then.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const run = await scoreRun(ctx, { scenario: 'data/scenarios/campuran.yaml', data: 'data/sample/villages.csv' });
 * [run.result.ok, run.result.scenario.name, run.result.stages.selected.count]; // => [true, 'Lokus campuran', 25]
 * printed.at(-1); // => '… scoring 250 villages\n'
 */
export async function scoreRun(
  ctx: Context,
  options: InputOptions & { readonly scenario: string },
): Promise<ScoredRun> {
  const inputs = await loadInputs(ctx, options);
  const stop = (diagnostics: readonly Diagnostic[]): never => {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        `${errors.length} masalah data menghentikan penilaian; tidak ada berkas yang ditulis`,
        `${errors.length} data problem(s) stop scoring; nothing was written`,
      ),
      { file: errors[0]?.file ?? options.data, details: diagnosticLines(ctx, diagnostics) },
    );
  };
  if (inputs.diagnostics.some((d) => d.severity === 'error')) stop(inputs.diagnostics);
  step(
    ctx,
    `menilai ${inputs.table.length} desa/kelurahan`,
    `scoring ${inputs.table.length} villages`,
  );
  const file = options.scenario;
  ctx.current.file = file;
  const result = runScenario(inputs.table, inputs.scenarioFile?.value, { file: options.data });
  const diagnostics = [
    ...inputs.diagnostics,
    ...result.diagnostics.map((d) =>
      d.code === 'SCENARIO_INVALID' && d.file === undefined ? { ...d, file } : d,
    ),
  ];
  if (!result.ok || result.stages === null) stop(diagnostics);
  return { inputs, result, diagnostics };
}
