import cliProgress from 'cli-progress';
import type { Context } from './Context.ts';

/** A running progress display: advance it with a label, stop it when the work is done. */
export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/**
 * Starts a progress display for `total` steps of long work (reading big files, scoring, writing,
 * many years). On a terminal it is a cli-progress bar on standard error; elsewhere (a pipe, a
 * log file) each step prints one `… label` line; with `--quiet` or `--json` nothing. While it
 * runs, `step()` of the context advances it.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'id', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * // Not a terminal (a pipe, a log): one line a step.
 * const p = startProgress(ctx, 3);
 * p.tick('membaca data');
 * p.stop();
 * printed; // => ['… membaca data\n']
 */
export function startProgress(ctx: Context, total: number): Progress {
  const silent = ctx.quiet || ctx.json;
  if (silent || !ctx.terminal.interactive) {
    const lines: Progress = {
      tick: (label) => {
        if (!silent) ctx.terminal.err(`… ${label}\n`);
      },
      stop: () => {
        ctx.current.progress = null;
      },
    };
    ctx.current.progress = lines;
    return lines;
  }
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {value}/{total} {label}',
      clearOnComplete: true,
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  const progress: Progress = {
    tick: (label) => bar.increment({ label }),
    stop: () => {
      bar.stop();
      ctx.current.progress = null;
    },
  };
  ctx.current.progress = progress;
  return progress;
}
