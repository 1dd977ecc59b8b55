import type { Diagnostic } from '@lokus/core';
import type { Context } from './Context.ts';
import { describe } from './describe.ts';
import { formatDiagnostic } from './formatDiagnostic.ts';

/**
 * Formats diagnostics as lines in the user's language, errors first, then warnings and notes.
 *
 * @example
 * diagnosticLines(ctx, []); // => []
 */
export function diagnosticLines(ctx: Context, diagnostics: readonly Diagnostic[]): string[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...diagnostics]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order[a.d.severity] - order[b.d.severity] || a.i - b.i)
    .map(({ d }) => formatDiagnostic(d, ctx.lang, describe));
}

/**
 * Prints diagnostics on standard error (nothing with `--quiet`; with `--json` they go into the
 * JSON instead).
 *
 * @example
 * printDiagnostics(ctx, []); // => undefined
 */
export function printDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[]): void {
  if (ctx.quiet || ctx.json) return;
  for (const line of diagnosticLines(ctx, diagnostics)) ctx.terminal.err(`${line}\n`);
}
