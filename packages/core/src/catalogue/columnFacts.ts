import { villageCodeNumber } from '../table/parseVillageCode.ts';
import { cellNumber, isMissingCell } from './cellNumber.ts';
import type { ColumnInput } from './columnRoles.ts';
import { headerKey } from './headerKey.ts';

/** What the column mapping needs to know about one column. Internal to the catalogue. */
export interface ColumnFacts {
  readonly key: string;
  readonly present: number;
  readonly numeric: boolean;
  readonly missing: number;
  readonly preview: readonly string[];
  /** Most present cells are Kemendagri village codes (dotted or 10 digits). */
  readonly codeLike: boolean;
  /** Every number is a whole year between 1900 and 2100. */
  readonly yearLike: boolean;
  /** Whole numbers that go up by one from row to row (row numbers). */
  readonly sequential: boolean;
  /** One value only (flags, a year, a district code). */
  readonly constant: boolean;
}

/** Statistics of one column in one pass. O(rows). */
export function columnFacts(column: ColumnInput, previewSize: number): ColumnFacts {
  let present = 0;
  let numbers = 0;
  let codes = 0;
  let markers = 0;
  let years = true;
  let sequential = true;
  let previous = Number.NaN;
  const distinct = new Set<string>();
  const preview: string[] = [];
  for (const cell of column.values) {
    if (isMissingCell(cell)) {
      markers++;
      continue;
    }
    present++;
    const text = String(cell).trim();
    if (preview.length < previewSize) preview.push(text);
    if (distinct.size < 2) distinct.add(text);
    if (villageCodeNumber(text) >= 0) codes++;
    const x = cellNumber(cell);
    if (Number.isNaN(x)) continue;
    numbers++;
    if (!(Number.isInteger(x) && x >= 1900 && x <= 2100)) years = false;
    if (!Number.isInteger(x) || (!Number.isNaN(previous) && x !== previous + 1)) sequential = false;
    previous = x;
  }
  const numeric = numbers > 0 && 2 * numbers >= present;
  return {
    key: headerKey(column.name),
    present,
    numeric,
    missing: numeric ? markers + present - numbers : markers,
    preview,
    codeLike: present > 0 && codes >= 0.8 * present,
    yearLike: numeric && years,
    sequential: numeric && numbers > 2 && sequential,
    constant: present > 1 && distinct.size === 1,
  };
}
