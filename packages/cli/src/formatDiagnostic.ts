import type { Diagnostic } from '@lokus/core';
import { type Lang, tr } from './Context.ts';

const SEVERITY = {
  error: { id: 'galat', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
} as const;

/** A value as shown in a message: text quoted and cut at 60 characters. */
function shown(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

/**
 * One diagnostic as one line for the terminal: where (file, line or row, column), severity,
 * code, the message, and the value. `describe` gives the message in the chosen language (the
 * diagnostic's own English message when absent).
 *
 * @example
 * formatDiagnostic({ code: 'NON_NUMERIC_VALUE', severity: 'error', message: 'Not a number.', file: 'a.csv', line: 3, column: 'idm', value: 'x' }, 'en');
 * // => 'a.csv:3 column idm: error NON_NUMERIC_VALUE: Not a number. (value "x")'
 */
export function formatDiagnostic(
  d: Diagnostic,
  lang: Lang,
  describe: (d: Diagnostic, lang: Lang) => string = (x) => x.message,
): string {
  const where: string[] = [];
  if (d.file !== undefined) {
    const at = d.line ?? d.row;
    where.push(at === undefined ? d.file : `${d.file}:${at}`);
  } else if (d.row !== undefined) where.push(tr(lang, `baris ${d.row}`, `row ${d.row}`));
  if (d.column !== undefined) where.push(tr(lang, `kolom ${d.column}`, `column ${d.column}`));
  const path = (d as { path?: unknown }).path;
  if (typeof path === 'string' && path !== '') where.push(path);
  if (d.village !== undefined && d.column === undefined) where.push(d.village);
  const head = where.length > 0 ? `${where.join(' ')}: ` : '';
  const value = d.value === undefined ? '' : ` (${tr(lang, 'nilai', 'value')} ${shown(d.value)})`;
  return `${head}${SEVERITY[d.severity][lang]} ${d.code}: ${describe(d, lang)}${value}`;
}
