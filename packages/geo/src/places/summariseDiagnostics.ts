import type { Diagnostic } from '@lokus/core';
import { createDiagnosticTally } from './diagnosticTally.ts';

/** Options of {@link summariseDiagnostics}. */
export interface SummariseDiagnosticsOptions {
  /** Diagnostics kept as they are per code (the first ones, in input order). Default 50. */
  readonly maxPerCode?: number;
}

/**
 * Keeps the first `maxPerCode` diagnostics of each code and replaces the rest of that code by one
 * summary diagnostic of the same code: the highest severity among them, a message with the total
 * count, and `value: { count, omitted, examples }` (the rows, or villages, of the first five
 * omitted). A million unmatched rows thus give 51 diagnostics, not a million. Order: the kept
 * diagnostics in input order, each summary right after the last kept one of its code.
 *
 * Method: one pass with a count per code ({@link createDiagnosticTally}). O(n).
 *
 * @example
 * const many = Array.from({ length: 5 }, (_, i) => ({
 *   code: 'JOIN_UNMATCHED_TABLE', severity: 'warning' as const, message: 'x', row: i + 1,
 * }));
 * summariseDiagnostics(many, { maxPerCode: 2 }).map((d) => d.row ?? d.value);
 * // => [1, 2, { count: 5, omitted: 3, examples: [3, 4, 5] }]
 */
export function summariseDiagnostics<D extends Diagnostic>(
  diagnostics: readonly D[],
  options: SummariseDiagnosticsOptions = {},
): D[] {
  if (!Array.isArray(diagnostics as unknown)) {
    throw new Error('summariseDiagnostics requires an array of diagnostics');
  }
  const tally = createDiagnosticTally<D>(options.maxPerCode ?? 50);
  for (const d of diagnostics) tally.push(d);
  return tally.list();
}
