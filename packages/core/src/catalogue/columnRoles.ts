import type { IndicatorMeta, Label } from '../types.ts';

/**
 * What a column of an uploaded table is used for. `ignore` columns are read but not scored.
 *
 * @example
 * COLUMN_ROLES.includes('denominator'); // => true
 */
export const COLUMN_ROLES = [
  'code',
  'name',
  'kecamatan-code',
  'kecamatan-name',
  'indicator',
  'denominator',
  'ignore',
] as const;

/** One of {@link COLUMN_ROLES}. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** A cell as readers give it: a number, a text (possibly with a decimal comma), or empty. */
export type ColumnCell = string | number | boolean | null | undefined;

/** A column of an uploaded table: its header and its cells in row order. */
export interface ColumnInput {
  readonly name: string;
  readonly values: readonly ColumnCell[];
}

/** A column's confirmed role; with role `indicator`, what is scored and in which direction. */
export interface ColumnAssignment {
  readonly column: string;
  readonly role: ColumnRole;
  /**
   * For `indicator`: the indicator metadata (`column` names this column when the id differs).
   * For `denominator`: the catalogue id it stands for (`kk_total`, `penduduk`) in `id`.
   * A suggestion keeps the catalogue's metadata on an ignored catalogue column too, ready for when
   * the analyst makes it an indicator.
   */
  readonly indicator?: IndicatorMeta;
}

/** A proposed role for one column, with what the analyst needs to confirm it. */
export interface ColumnSuggestion extends ColumnAssignment {
  /** Why this role was proposed, in Bahasa Indonesia and English. */
  readonly reason: Label;
  /** Catalogue entry the header matched, or `null`. */
  readonly catalogueId: string | null;
  /** Row numbers, flags, years, codes, constant or 1, 2, 3… columns: never offered as indicators. */
  readonly identifierLike: boolean;
  /** Whether most present cells are numbers (decimal comma or point). */
  readonly numeric: boolean;
  /** Cells that are empty, `-`, `NA` or not a number in a numeric column. */
  readonly missing: number;
  /** The first present cells as text (at most `preview` of them). */
  readonly preview: readonly string[];
}
