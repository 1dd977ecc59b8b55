/**
 * A diagnostic in the UI's language. `@lokus/core` owns the wording of every code; until its
 * `describeDiagnostic` is published the viewer shows the diagnostic's own (English) message.
 */
import type { Diagnostic } from '@lokus/core';
import { locale } from '../i18n/index.ts';

/** The sentence a user reads for a diagnostic, in the current locale. */
export function describe(d: Diagnostic): string {
  void locale;
  return d.message;
}
