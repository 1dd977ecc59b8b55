import { parseNumber } from './parseNumber.ts';
import type { DecimalSeparator } from './types.ts';

/** Result of {@link detectDecimal}. */
export interface DetectDecimalResult {
  /**
   * The convention the column is written in; `null` when the values give no evidence (only
   * integers) or contradictory evidence resolved by neither convention.
   */
  readonly decimal: DecimalSeparator | null;
  /** `true` when some values read differently in the two conventions and none decides. */
  readonly ambiguous: boolean;
  /** Up to three values behind an ambiguity, e.g. `['1.254', '2.500']`. */
  readonly examples: readonly string[];
  /** Number of values that are a number in at least one convention. */
  readonly numeric: number;
}

/**
 * Decides whether a column of numbers uses a decimal point or a decimal comma, from its values.
 *
 * A value that reads in only one convention (`8,95`, `8.95`, `1.254,5`) is evidence for it; a
 * value that reads in both with different results (`1.254`: 1.254 or 1254; `1,254`) is
 * ambiguous; integers read the same in both and are no evidence. The convention with more
 * evidence wins (a decimal point on a tie); a column with ambiguous values and no evidence is
 * reported as `ambiguous` rather than guessed.
 *
 * Method: each value parsed in both conventions with {@link parseNumber}. O(n).
 *
 * @example
 * detectDecimal(['8,95', '1.254,5']).decimal; // => ','
 * detectDecimal(['1.254', '2.500']).ambiguous; // => true
 */
export function detectDecimal(values: readonly string[]): DetectDecimalResult {
  if (!Array.isArray(values as unknown))
    throw new Error('detectDecimal requires an array of strings');
  let point = 0;
  let comma = 0;
  let numeric = 0;
  const examples: string[] = [];
  for (const v of values) {
    const p = parseNumber(v, { decimal: '.' });
    const c = parseNumber(v, { decimal: ',' });
    if (p === null && c === null) continue;
    numeric++;
    if (p !== null && c === null) point++;
    else if (c !== null && p === null) comma++;
    else if (p !== c && examples.length < 3 && !examples.includes(v.trim())) {
      examples.push(v.trim());
    }
  }
  if (point === 0 && comma === 0) {
    return { decimal: null, ambiguous: examples.length > 0, examples, numeric };
  }
  return { decimal: comma > point ? ',' : '.', ambiguous: false, examples: [], numeric };
}
