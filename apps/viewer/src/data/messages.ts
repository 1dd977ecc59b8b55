/** A diagnostic in the UI's language, worded by `@lokus/core`'s `describeDiagnostic`. */
import { DIAGNOSTIC_MESSAGES, type Diagnostic, describeDiagnostic } from '@lokus/core';
import { locale } from '../i18n/index.ts';

/** The sentence a user reads for a diagnostic, in the current locale. */
export function describe(d: Diagnostic): string {
  return describeDiagnostic(d, { locale: locale() });
}

/**
 * The sentence for a diagnostic shown beside the control its scenario path names: the sentence
 * written for that path, without the path in front (the place already says where).
 */
export function describeAtControl(d: Diagnostic): string {
  const { path, ...rest } = d;
  if (path === undefined) return describe(d);
  const keys = [`${d.code}:${path}`, `${d.code}:${path.replace(/\[\d+\]/g, '[*]')}`];
  const key = keys.find((k) => Object.hasOwn(DIAGNOSTIC_MESSAGES, k));
  return key === undefined ? describe(d) : describe({ ...rest, code: key });
}
