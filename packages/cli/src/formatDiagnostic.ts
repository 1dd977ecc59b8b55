import { type Diagnostic, describeDiagnostic } from '@lokus/core';
import type { Lang } from './Context.ts';

const SEVERITY = {
  error: { id: 'galat', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
} as const;

/** A value as shown in a message: text quoted and cut at 60 characters. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return JSON.stringify(value)?.slice(0, 80) ?? String(value);
}

/**
 * One diagnostic as one line for the terminal: severity and code, then `describeDiagnostic` of
 * `@lokus/core` in the chosen language (file, row and file line, column, village, and the
 * sentence), then the value when the sentence does not already show it, then a register
 * problem's count and example rows. A scenario error keeps its own detailed message beside the
 * generic sentence.
 *
 * @example
 * formatDiagnostic({ code: 'EMPTY_TABLE', severity: 'error', message: 'Empty.', file: 'a.csv' }, 'en');
 * // => 'error EMPTY_TABLE — File a.csv: The village table has no rows.'
 * formatDiagnostic({ code: 'DUPLICATE_NIK', severity: 'warning', message: '2 rows…', column: 'nik', count: 2, rows: [4, 9] }, 'en');
 * // => 'warning DUPLICATE_NIK — Column nik: Some person rows repeat the NIK of an earlier row; only the first row is counted. (count 2; rows 4, 9, …)'
 * formatDiagnostic({ code: 'IMPOSSIBLE_VALUE', severity: 'warning', message: '1 row…', column: 'desil', value: '11', count: 1, rows: [2] }, 'id');
 * // => 'peringatan IMPOSSIBLE_VALUE — Kolom desil: Beberapa baris berisi nilai yang tidak mungkin di kolom ini (misalnya desil di atas sepuluh); nilai itu dianggap kosong. (nilai "11"; jumlah 1; baris 2, …)'
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const described = describeDiagnostic(d, { locale: lang });
  // A scenario error's sentence is generic ("fix that part"); the detail is in the message.
  const sentence =
    d.code === 'SCENARIO_INVALID' && !described.includes(d.message)
      ? `${described} (${d.message})`
      : described;
  const notes = [
    ...(d.value === undefined || sentence.includes(String(d.value))
      ? []
      : [`${WORDS[lang].value} ${shown(d.value)}`]),
    ...counted(d, lang),
  ];
  const after = notes.length === 0 ? '' : ` (${notes.join('; ')})`;
  return `${SEVERITY[d.severity][lang]} ${d.code} — ${sentence}${after}`;
}

const WORDS = {
  id: { value: 'nilai', count: 'jumlah', rows: 'baris' },
  en: { value: 'value', count: 'count', rows: 'rows' },
} as const;

/** A register problem's count and example rows (`count`, `rows`), when it has them. */
function counted(d: Diagnostic, lang: Lang): string[] {
  const { count, rows } = d as { count?: unknown; rows?: unknown };
  if (typeof count !== 'number') return [];
  const examples = Array.isArray(rows) && rows.length > 0 ? rows.join(', ') : null;
  const words = WORDS[lang];
  return [
    `${words.count} ${count}`,
    ...(examples === null ? [] : [`${words.rows} ${examples}, …`]),
  ];
}
