import { formatNumber } from '../select/formatNumber.ts';
import type { Diagnostic } from '../types.ts';
import { DIAGNOSTIC_MESSAGES } from './diagnosticMessages.ts';

/** Options of {@link describeDiagnostic}. */
export interface DescribeDiagnosticOptions {
  /** Language of the sentence (default `id`). */
  readonly locale?: 'id' | 'en';
}

const WORDS = {
  id: {
    file: 'berkas',
    row: 'baris',
    line: 'baris berkas',
    column: 'kolom',
    village: 'desa',
    path: 'skenario',
    province: 'provinsi',
    unknown: '(tidak diketahui)',
  },
  en: {
    file: 'file',
    row: 'row',
    line: 'line',
    column: 'column',
    village: 'village',
    path: 'scenario',
    province: 'province',
    unknown: '(unknown)',
  },
} as const;

/** A diagnostic's value for a sentence: numbers in the locale's format, lists joined. */
function formatValue(value: unknown, locale: 'id' | 'en'): string {
  if (typeof value === 'number') return formatNumber(value, locale, 4);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => formatValue(v, locale)).join(', ');
  return JSON.stringify(value) ?? String(value);
}

/**
 * Where the problem is: file, row (and line), column, village and scenario path (the last two
 * unless the sentence shows them).
 */
function location(d: Diagnostic, locale: 'id' | 'en', sentence: string): string {
  const w = WORDS[locale];
  const parts: string[] = [];
  if (d.file !== undefined) parts.push(`${w.file} ${d.file}`);
  if (d.row !== undefined) {
    parts.push(
      d.line === undefined ? `${w.row} ${d.row}` : `${w.row} ${d.row} (${w.line} ${d.line})`,
    );
  } else if (d.line !== undefined) parts.push(`${w.line} ${d.line}`);
  if (d.column !== undefined) parts.push(`${w.column} ${d.column}`);
  const named =
    sentence.includes('{village}') || (sentence.includes('{value}') && d.value === d.village);
  if (d.village !== undefined && !named) parts.push(`${w.village} ${d.village}`);
  if (d.path !== undefined && !sentence.includes('{path}')) parts.push(`${w.path} ${d.path}`);
  // A scoped run's group: a province code `PP` or a kabupaten code `PP.KK`.
  if (d.group !== undefined) {
    parts.push(`${d.group.length === 2 ? w.province : 'kabupaten'} ${d.group}`);
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A diagnostic as one sentence for people, in Bahasa Indonesia (default) or English: where the
 * problem is (file, row and line, column, village, scenario path) followed by the sentence of
 * {@link DIAGNOSTIC_MESSAGES} for its code (or its `code:path` variant, where `[*]` stands for any
 * array index, as in `indicators[*].weight`) with the value, column,
 * village and path filled in. A code without an entry falls back to the diagnostic's own
 * (English) `message`. Pure; O(length of the sentence).
 *
 * @example
 * describeDiagnostic({
 *   code: 'DUPLICATE_VILLAGE_CODE', severity: 'error', message: '…',
 *   file: 'desa.csv', row: 12, column: 'kode', value: '33.26.01.2001',
 * }); // => 'Berkas desa.csv, baris 12, kolom kode: Kode desa 33.26.01.2001 muncul lebih dari sekali; setiap desa hanya boleh satu baris.'
 */
export function describeDiagnostic(
  diagnostic: Diagnostic,
  options: DescribeDiagnosticOptions = {},
): string {
  const { locale = 'id' } = options;
  const d = diagnostic;
  // A sentence written for this exact path says where it is; any other gets the path in front.
  const exact = d.path === undefined ? undefined : DIAGNOSTIC_MESSAGES[`${d.code}:${d.path}`];
  const entry =
    exact ??
    (d.path === undefined
      ? undefined
      : DIAGNOSTIC_MESSAGES[`${d.code}:${d.path.replace(/\[\d+\]/g, '[*]')}`]) ??
    DIAGNOSTIC_MESSAGES[d.code];
  const fields: Record<string, unknown> = {
    value: d.value,
    column: d.column,
    village: d.village,
    path: d.path,
    file: d.file,
    row: d.row,
  };
  const template = entry === undefined ? d.message : entry[locale];
  const sentence =
    entry === undefined
      ? d.message
      : template.replace(/\{(\w+)\}/g, (whole, key: string) => {
          if (!Object.hasOwn(fields, key)) return whole;
          const v = fields[key];
          return v === undefined || v === null ? WORDS[locale].unknown : formatValue(v, locale);
        });
  const where = location(d, locale, exact === undefined ? template : `${template} {path}`);
  return where === '' ? sentence : `${where}: ${sentence}`;
}
