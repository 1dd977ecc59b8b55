/**
 * The `lokus` executable: runs the command line on `process.argv` and exits with its code.
 * Standard output carries results (and `--json`); standard error messages and progress. The
 * same file is the entry of the robustness worker threads (`robustnessWorker.ts`), where the
 * command line does not run.
 */
import { actions } from './actions.ts';
import { isRobustnessWorker } from './robustnessWorker.ts';
import { runCli } from './runCli.ts';

if (!isRobustnessWorker()) {
  process.exitCode = await runCli(
    process.argv.slice(2),
    {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      interactive: process.stderr.isTTY === true,
      cwd: process.cwd(),
    },
    actions,
  );
}
