/**
 * The reading of single cells and rows shared by the steps of `recordsFromRows`. Internal.
 * @module
 */
import { headerKey } from '@lokus/core';
import type { Cell, IoDiagnostic } from './types.ts';

/** One call of `recordsFromRows`: its rows, where each came from, and the diagnostics so far. */
export interface Sheet {
  readonly rows: readonly (readonly Cell[])[];
  /** File name for every diagnostic (`{}` without one). */
  readonly where: { readonly file?: string };
  /** Physical line of input row i. */
  readonly lineOf: (i: number) => number;
  readonly diagnostics: IoDiagnostic[];
}

/**
 * A test of whether a header is one of the usual words of core's header vocabulary
 * (`COLUMN_HEADERS.code`, `.name`, …), compared after `headerKey`: `KODE10`, `kode_desa` and
 * `Kode Desa` all name a code column.
 */
export function usualHeader(words: readonly string[]): (header: string) => boolean {
  const keys = new Set(words);
  return (header) => keys.has(headerKey(header));
}

/** Cell texts read as a missing value without a diagnostic. */
export const MISSING = new Set(['', '-', '\u2013', '\u2014', 'na', 'n/a', '#n/a', 'null', 'nan']);

/** The longest cell text in {@link MISSING}. */
const MISSING_LENGTH = 4;

/**
 * `true` when a cell's (trimmed) text is a missing value of {@link MISSING}; longer texts and
 * texts starting with a digit are not lower-cased (once per cell of a large file, that copy is
 * most of the cost).
 */
export function isMissingText(t: string): boolean {
  if (t.length > MISSING_LENGTH) return false;
  // No missing marker starts with a digit: most short cells are numbers.
  const first = t.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  return MISSING.has(t.toLowerCase());
}

/** A header as compared: trimmed, lower case, spaces, dots, dashes and slashes as `_`. */
export const normaliseHeader = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_');

/** A cell's text, trimmed; numbers as JavaScript prints them, empty for null. */
export const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c.trim();

/** `true` when every cell is empty (a plain loop: it runs once per row of large files). */
export function isEmptyRow(row: readonly Cell[]): boolean {
  for (const c of row) if (cellText(c) !== '') return false;
  return true;
}

/** Number of cells up to the last non-empty one. */
export function lastFilled(row: readonly Cell[]): number {
  let k = row.length;
  while (k > 0 && cellText(row[k - 1]) === '') k--;
  return k;
}

/** A control character (C0 or DEL). */
const isControl = (k: number): boolean => k < 0x20 || k === 0x7f;

/** A blank character: up to U+0020, or one trimming removes (printable ASCII never is, so the
 * pattern is asked only beyond it). */
const isBlank = (k: number): boolean =>
  k <= 0x20 || (k >= 0x7f && /\s/.test(String.fromCharCode(k)));

/** `true` when a text cell has a control character (tab, carriage return, …) among the blank
 * characters at either end (codes up to U+0020, and what trimming removes). */
export function controlAtEnds(c: string): boolean {
  for (let i = 0; i < c.length && isBlank(c.charCodeAt(i)); i++) {
    if (isControl(c.charCodeAt(i))) return true;
  }
  for (let i = c.length - 1; i >= 0 && isBlank(c.charCodeAt(i)); i--) {
    if (isControl(c.charCodeAt(i))) return true;
  }
  return false;
}
