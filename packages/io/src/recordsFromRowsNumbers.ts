import { COLUMN_HEADERS } from '@lokus/core';
import { detectDecimal } from './detectDecimal.ts';
import { plainDigits } from './parseNumber.ts';
import { cellText, isMissingText, type Sheet, usualHeader } from './recordsFromRowsCells.ts';
import type { ColumnLayout, KeyColumns } from './recordsFromRowsColumns.ts';
import type { HeaderPlace } from './recordsFromRowsHeader.ts';
import type { DecimalSeparator } from './types.ts';

/** The numeric columns and how their numbers are written. */
export interface NumberFormats {
  /** Indices of the numeric columns. */
  readonly numericAt: readonly number[];
  /** Decimal separator by column index (null: no decimals seen). */
  readonly columnDecimal: readonly (DecimalSeparator | null)[];
  /** Decimal separator by column name, as reported. */
  readonly decimal: Record<string, DecimalSeparator | null>;
  /** Columns whose values read two ways and stay missing. */
  readonly ambiguousColumn: ReadonlySet<number>;
}

/**
 * Step 4 of `recordsFromRows`: a column (not the code, name or kecamatan column, nor code-like)
 * is numeric when at least half of its non-missing cells are numbers; its decimal separator is the
 * one asked for (`decimal`, or the opposite of `thousands`), else detected by
 * {@link detectDecimal}. A column whose values read two ways (only `1.254`) takes the convention
 * the file's other columns agree on (`AMBIGUOUS_NUMBER_RESOLVED`); without one it is left missing
 * (`AMBIGUOUS_NUMBER_FORMAT`). Internal.
 */
export function numberFormats(
  sheet: Sheet,
  place: HeaderPlace,
  layout: ColumnLayout,
  keys: KeyColumns,
  options: { decimal?: DecimalSeparator; thousands?: DecimalSeparator },
): NumberFormats {
  const { where, diagnostics } = sheet;
  const { columns } = layout;
  const { numericAt, detected } = numericColumns(sheet, place, layout, keys);
  const told: DecimalSeparator | undefined =
    options.decimal ??
    (options.thousands === undefined ? undefined : options.thousands === '.' ? ',' : '.');
  const votes = new Set(
    numericAt.map((j) => detected[j]!.decimal).filter((d): d is DecimalSeparator => d !== null),
  );
  const fileDecimal = votes.size === 1 ? [...votes][0]! : null;
  const decimal: Record<string, DecimalSeparator | null> = {};
  const ambiguousColumn = new Set<number>();
  const columnDecimal: (DecimalSeparator | null)[] = [];
  for (const j of numericAt) {
    const found = detected[j]!;
    let d = told ?? found.decimal;
    if (told === undefined && found.ambiguous && fileDecimal !== null) {
      d = fileDecimal;
      diagnostics.push({
        code: 'AMBIGUOUS_NUMBER_RESOLVED',
        severity: 'info',
        message: `Column ${columns[j]} has values such as ${found.examples.join(', ')} that read two ways; the other columns of the file use a decimal ${fileDecimal === ',' ? 'comma, so they were read with thousands dots' : 'point, so they were read with thousands commas'}. Set the decimal or thousands option if that is wrong.`,
        ...where,
        column: columns[j]!,
        value: found.examples,
      });
    } else if (told === undefined && found.ambiguous) {
      ambiguousColumn.add(j);
      diagnostics.push({
        code: 'AMBIGUOUS_NUMBER_FORMAT',
        severity: 'error',
        message: `Column ${columns[j]} has values such as ${found.examples.join(', ')} that read differently with a decimal point and a decimal comma; they were left missing. Say which the file uses: decimal ',' with thousands '.' (1.254 = 1254), or decimal '.' (1.254 = 1.254).`,
        ...where,
        column: columns[j]!,
        value: found.examples,
      });
    }
    columnDecimal[j] = d;
    decimal[columns[j]!] = d;
  }
  return { numericAt, columnDecimal, decimal, ambiguousColumn };
}

/** The columns at least half numeric, with what `detectDecimal` found in each. */
function numericColumns(
  sheet: Sheet,
  place: HeaderPlace,
  layout: ColumnLayout,
  keys: KeyColumns,
): { numericAt: number[]; detected: ReturnType<typeof detectDecimal>[] } {
  const { rows } = sheet;
  const skip = new Set([keys.codeAt, keys.nameAt, keys.kecAt]);
  const codeLike = usualHeader(COLUMN_HEADERS.code);
  const numericAt: number[] = [];
  const detected: ReturnType<typeof detectDecimal>[] = [];
  for (let j = 0; j < layout.width; j++) {
    if (skip.has(j) || codeLike(layout.columns[j]!)) continue;
    let present = 0;
    let numbers = 0;
    // Texts other than bare digits: bare digits read the same in both conventions (no evidence
    // for detectDecimal, as it would find), and they are most cells of a large file.
    const texts: string[] = [];
    for (const i of place.dataRows) {
      const c = rows[i]![j];
      if (typeof c === 'number') {
        present++;
        numbers++;
      } else {
        const t = cellText(c);
        if (isMissingText(t)) continue;
        present++;
        if (plainDigits(t)) numbers++;
        else texts.push(t);
      }
    }
    const found = detectDecimal(texts);
    if (numbers + found.numeric === 0 || 2 * (numbers + found.numeric) < present) continue;
    numericAt.push(j);
    detected[j] = found;
  }
  return { numericAt, detected };
}
