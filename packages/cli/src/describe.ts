import type { Diagnostic } from '@lokus/core';
import type { Lang } from './Context.ts';

/**
 * A diagnostic's message in the user's language.
 *
 * @example
 * describe({ code: 'X', severity: 'info', message: 'Hello.' }, 'en'); // => 'Hello.'
 */
export function describe(d: Diagnostic, _lang: Lang): string {
  return d.message;
}
