/** A diagnostic in the UI's language, worded by `@lokus/core`'s `describeDiagnostic`. */
import { type Diagnostic, describeDiagnostic } from '@lokus/core';
import { locale } from '../i18n/index.ts';

/** The sentence a user reads for a diagnostic, in the current locale. */
export function describe(d: Diagnostic): string {
  return describeDiagnostic(d, { locale: locale() });
}
