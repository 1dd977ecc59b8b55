import { CommanderError } from 'commander';
import { CliError } from './CliError.ts';
import { type Context, type Terminal, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';
import { type Action, type Actions, buildProgram, globalOptions } from './program.ts';

/** Prints a failure: text on standard error, and with `--json` one JSON object on standard out. */
function report(ctx: Context, code: number, message: string, details: readonly string[]): number {
  ctx.terminal.err(`lokus: ${message}\n`);
  for (const d of details) ctx.terminal.err(`  ${d}\n`);
  if (ctx.json) {
    ctx.terminal.out(`${JSON.stringify({ ok: false, exitCode: code, error: message, details })}\n`);
  }
  return code;
}

/**
 * Runs the `lokus` command line: parses `argv` (without `node` and the script), runs the chosen
 * command, and returns the exit code. A `CliError` becomes its message and code; a parse error
 * exit code 2 (usage); anything unexpected exit code 4 with the name of the file being worked on,
 * never an uncaught exception. With `--json` the command's summary (or the error) is printed as
 * one JSON object on standard output.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * await runCli(['--version'], terminal, actions); // => 0
 * /^\d+\.\d+\.\d+\n$/.test(printed.join('')); // => true
 */
export async function runCli(
  argv: readonly string[],
  terminal: Terminal,
  actions: Actions,
): Promise<number> {
  const langAt = argv.indexOf('--lang');
  const english = argv.includes('--lang=en') || (langAt >= 0 && argv[langAt + 1] === 'en');
  let ctx: Context = {
    ...globalOptions({ json: argv.includes('--json'), lang: english ? 'en' : 'id' }),
    terminal,
    current: { file: null, progress: null },
  };
  let exitCode: number = EXIT.OK;
  const run = async (
    action: Action,
    args: readonly unknown[],
    options: Record<string, unknown>,
  ) => {
    ctx = { ...globalOptions(options), terminal, current: ctx.current };
    const outcome = await action(ctx, args, options);
    exitCode = outcome.exitCode ?? EXIT.OK;
    if (ctx.json) terminal.out(`${JSON.stringify(outcome.json)}\n`);
  };
  try {
    await buildProgram(terminal, actions, run).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return done.includes(e.code) ? EXIT.OK : EXIT.USAGE;
    }
    if (e instanceof CliError) return report(ctx, e.exitCode, e.message, e.details);
    const why = e instanceof Error ? e.message : String(e);
    const file = ctx.current.file;
    const message =
      file === null
        ? tr(ctx.lang, `kesalahan tak terduga: ${why}`, `unexpected error: ${why}`)
        : tr(
            ctx.lang,
            `kesalahan tak terduga saat mengolah ${file}: ${why}`,
            `unexpected error while working on ${file}: ${why}`,
          );
    return report(ctx, EXIT.INTERNAL, message, []);
  }
}
