/** Cell texts that mean "no value". */
const MISSING = new Set(['', '-', '\u2013', '\u2014', 'na', 'n/a', '#n/a', 'null', 'nan']);

/**
 * A cell as a number for the column mapping's statistics: numbers as they are, texts with a
 * decimal point or comma (`0,52`, `1.5`), `NaN` for anything else. Internal; the readers in
 * `@lokus/io` do the real number parsing (thousand separators, ambiguity diagnostics).
 */
export function cellNumber(cell: unknown): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell !== 'string') return Number.NaN;
  const t = cell.trim();
  return /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

/** Whether a cell is empty or a missing-value marker. */
export function isMissingCell(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'number') return Number.isNaN(cell);
  return typeof cell === 'string' && MISSING.has(cell.trim().toLowerCase());
}
