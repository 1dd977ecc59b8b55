import type { DecimalSeparator } from './types.ts';

/** Options of {@link parseNumber}. */
export interface ParseNumberOptions {
  /** The decimal separator of the column. */
  readonly decimal?: DecimalSeparator;
}

const POINT_PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const POINT_GROUPED = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const COMMA_PLAIN = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
/** Spaces that may surround a number or a percent sign: space, tab, no-break and thin spaces. */
const SPACE = /[\s\u00a0\u202f\u2009]+/g;
/** Any character {@link numberText} removes or replaces. */
const NEEDS_CLEANING = /[\s\u00a0\u202f\u2009%\u2212]/;

/**
 * Text left when a cell's surrounding spaces and a trailing percent sign are removed, with the
 * Unicode minus read as `-`. Not part of the public API.
 */
export function numberText(text: string): string {
  // Most cells hold a bare number: skip the replacements (and their new strings) for them.
  if (!NEEDS_CLEANING.test(text)) return text;
  let t = text.replace(SPACE, '');
  if (t.endsWith('%')) t = t.slice(0, -1);
  if (t.startsWith('\u2212')) t = `-${t.slice(1)}`;
  return t;
}

/**
 * Reads one number written with the given decimal separator, or returns `null` when the text is
 * not a number in that convention.
 *
 * With `decimal: '.'`: `8.95`, `-0.5`, `1e-3`, and thousands commas in full groups (`1,254,204`).
 * With `decimal: ','` (Indonesian): `8,95`, `1,2E-16`, thousands dots in full groups (`1.254.204`),
 * and both (`1.254,5`). A thousands group never starts the number with `0`, so `0.653` is only a decimal.
 * Spaces around the number are ignored and a trailing `%` is dropped without scaling (`12,5%`
 * reads 12.5, in percent as written).
 *
 * Method: anchored regular expressions per convention, then `Number`. O(length).
 *
 * @example
 * parseNumber('1.254.204', { decimal: ',' }); // => 1254204
 * parseNumber('12,5%', { decimal: ',' }); // => 12.5
 * parseNumber('8,95', { decimal: '.' }); // => null
 */
export function parseNumber(text: string, options: ParseNumberOptions = {}): number | null {
  if (typeof text !== 'string') throw new Error('parseNumber requires a string');
  // Most cells are bare whole numbers, the same in both conventions: no pattern needed.
  if (plainDigits(text)) return Number(text);
  const { decimal = '.' } = options;
  const simple = simpleDecimal(text, decimal);
  if (simple !== undefined) return simple;
  const t = numberText(text);
  if (t === '') return null;
  if (decimal === '.') {
    if (POINT_PLAIN.test(t)) return Number(t);
    if (POINT_GROUPED.test(t)) return Number(t.replaceAll(',', ''));
    return null;
  }
  if (COMMA_PLAIN.test(t)) return Number(t.replace(',', '.'));
  if (COMMA_GROUPED.test(t)) return Number(t.replaceAll('.', '').replace(',', '.'));
  return null;
}

/** `true` when the text is one or more ASCII digits and nothing else. */
export function plainDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const k = t.charCodeAt(i);
    if (k < 48 || k > 57) return false;
  }
  return true;
}

/**
 * The reading of `digits.digits` (one point, digits on both sides), the other common cell, or
 * undefined for any other text: with a decimal point it is that number (`POINT_PLAIN`); with a
 * decimal comma it is a number only as one thousands group (`1.254` = 1254, `COMMA_GROUPED`),
 * else none (`COMMA_PLAIN` has no point).
 */
function simpleDecimal(t: string, decimal: DecimalSeparator): number | null | undefined {
  const dot = t.indexOf('.');
  if (dot < 1 || dot === t.length - 1) return undefined;
  for (let i = 0; i < t.length; i++) {
    const k = t.charCodeAt(i);
    if (i !== dot && (k < 48 || k > 57)) return undefined;
  }
  if (decimal === '.') return Number(t);
  const grouped = dot <= 3 && t.charCodeAt(0) !== 48 && t.length - dot - 1 === 3;
  return grouped ? Number(t.slice(0, dot) + t.slice(dot + 1)) : null;
}
