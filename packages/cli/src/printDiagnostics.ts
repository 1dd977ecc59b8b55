import type { Diagnostic } from '@lokus/core';
import type { Context } from './Context.ts';
import { formatDiagnostic } from './formatDiagnostic.ts';

/**
 * Formats diagnostics as lines in the user's language, errors first, then warnings and notes.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'id', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * diagnosticLines(ctx, []); // => []
 */
export function diagnosticLines(ctx: Context, diagnostics: readonly Diagnostic[]): string[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...diagnostics]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order[a.d.severity] - order[b.d.severity] || a.i - b.i)
    .map(({ d }) => formatDiagnostic(d, ctx.lang));
}

/**
 * Prints diagnostics on standard error (nothing with `--quiet`; with `--json` they go into the
 * JSON instead). With `notes: 'count'` the notes (info) are counted, not listed.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'id', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * printDiagnostics(ctx, []);
 * printed; // => []
 */
export function printDiagnostics(
  ctx: Context,
  diagnostics: readonly Diagnostic[],
  options: { readonly notes?: 'all' | 'count' } = {},
): void {
  if (ctx.quiet || ctx.json) return;
  const notes = diagnostics.filter((d) => d.severity === 'info').length;
  const shown =
    options.notes === 'count' ? diagnostics.filter((d) => d.severity !== 'info') : diagnostics;
  for (const line of diagnosticLines(ctx, shown)) ctx.terminal.err(`${line}\n`);
  if (options.notes === 'count' && notes > 0) {
    ctx.terminal.err(
      ctx.lang === 'en'
        ? `${notes} notes (info); lokus validate lists them\n`
        : `${notes} catatan (info); lokus validate menampilkan semuanya\n`,
    );
  }
}
