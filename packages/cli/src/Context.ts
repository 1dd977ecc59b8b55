/** Language of messages and documents: Bahasa Indonesia (default) or English. */
export type Lang = 'id' | 'en';

/** Where a command writes: standard output and standard error, as plain text. */
export interface Terminal {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when standard error is a terminal (progress bars are drawn only then). */
  readonly interactive: boolean;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
}

/**
 * What every command receives: the global options and the terminal. `say` prints a line for
 * people (nothing with `--quiet` or `--json`); `step` announces long work on standard error.
 */
export interface Context {
  readonly lang: Lang;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly force: boolean;
  readonly terminal: Terminal;
  /** The file being worked on, named when something unexpected happens. */
  readonly current: { file: string | null; progress: { tick(label: string): void } | null };
}

/**
 * Picks the Indonesian or English text.
 *
 * @example
 * tr('en', 'berkas', 'file'); // => 'file'
 */
export function tr(lang: Lang, id: string, en: string): string {
  return lang === 'en' ? en : id;
}

/**
 * Prints a line for people on standard output, unless `--quiet` or `--json`.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'id', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * say(ctx, 'halo');
 * say({ ...ctx, quiet: true }, 'tidak tercetak');
 * printed; // => ['halo\n']
 */
export function say(ctx: Context, text: string): void {
  if (!ctx.quiet && !ctx.json) ctx.terminal.out(`${text}\n`);
}

/**
 * Announces a step of long work: advances the running progress display, else prints
 * `… membaca idm-2024.csv` on standard error (nothing with `--quiet` or `--json`).
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'id', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * step(ctx, 'membaca data', 'reading the data');
 * printed; // => ['… membaca data\n']
 */
export function step(ctx: Context, id: string, en: string): void {
  const label = tr(ctx.lang, id, en);
  if (ctx.current.progress !== null) ctx.current.progress.tick(label);
  else if (!ctx.quiet && !ctx.json) ctx.terminal.err(`… ${label}\n`);
}
