import type { Diagnostic, Label } from '@lokus/core';

/** How a register field is read and which values are possible. */
export type FieldType = 'integer' | 'number' | 'flag' | 'text';

/** One declared field of a register: its type and the possible values. */
export interface FieldSpec {
  readonly type: FieldType;
  /** Smallest possible value (integer, number). */
  readonly min?: number;
  /** Largest possible value (integer, number). */
  readonly max?: number;
  /** The only possible values (integer, text), e.g. a coded answer `[0, 1, 2]`. */
  readonly values?: readonly (number | string)[];
}

/** One register (a file layout): households, or persons that point to a household. */
export interface RegisterSpec {
  /** Register id used by the indicators, e.g. `keluarga` or `anggota`. */
  readonly id: string;
  readonly description: string;
  /** Column holding one row's identifier (a household id; for persons, the NIK). */
  readonly key: string;
  /** Households: column with the Kemendagri village code. */
  readonly village?: string;
  /** Persons: column with the household id, joined to the household register's key. */
  readonly household?: string;
  /**
   * Columns with personal data (NIK, names, addresses, birth dates). They are never read into
   * the working tables, never printed and may not appear in an indicator; a personal `key` is
   * read only as a 64-bit hash for the duplicate check.
   */
  readonly personal: readonly string[];
  /** The fields indicators may use, by column name. */
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** A condition on one field; several conditions of one indicator must all hold. */
export type Condition =
  | { readonly eq: number | string }
  | { readonly in: readonly (number | string)[] }
  | { readonly between: readonly [number, number] }
  | { readonly lt: number }
  | { readonly le: number }
  | { readonly gt: number }
  | { readonly ge: number };

/** One village indicator computed from a register. */
export interface IndicatorDefinition {
  /** Column id of the village table (as in the indicator catalogue of `@lokus/core`). */
  readonly id: string;
  readonly label: Label;
  readonly unit: string;
  /** Register whose rows are counted. */
  readonly register: string;
  /**
   * Conditions by field, all of which must hold for a row to count. A field of the persons'
   * household is written `keluarga.desil` (register id, dot, field).
   */
  readonly where: Readonly<Record<string, Condition>>;
  /** Id of the indicator that divides this count into a rate (e.g. `kk_total`). */
  readonly denominator?: string;
  /** Multiplier of the rate: 100 for percent. */
  readonly per?: number;
  /** Id of the rate column, when rates are written (default `<id>_pct`). */
  readonly rateId?: string;
}

/** A set of indicator definitions: the registers they read and the indicators they make. */
export interface DefinitionSet {
  readonly name: string;
  readonly year: number;
  readonly source: string;
  /** Counts from 1 up to below this number are small cells (default 5). */
  readonly smallCount: number;
  readonly registers: readonly RegisterSpec[];
  readonly indicators: readonly IndicatorDefinition[];
}

/** Diagnostic codes of the registers package (definitions, files, rows, privacy). */
export const REGISTER_DIAGNOSTIC_CODES = [
  'DEFINITION_INVALID',
  'DEFINITION_UNKNOWN_FIELD',
  'DEFINITION_PERSONAL_FIELD',
  'REGISTER_FILE_UNREADABLE',
  'REGISTER_NOT_RECOGNISED',
  'REGISTER_MISSING',
  'MISSING_COLUMN',
  'EMPTY_REGISTER',
  'MALFORMED_HOUSEHOLD_VILLAGE_CODE',
  'UNKNOWN_VILLAGE_CODE',
  'VILLAGE_WITHOUT_HOUSEHOLDS',
  'DUPLICATE_HOUSEHOLD_KEY',
  'DUPLICATE_NIK',
  'PERSON_WITHOUT_HOUSEHOLD',
  'IMPOSSIBLE_VALUE',
  'MISSING_FIELD_VALUE',
  'SMALL_COUNT',
] as const;

/** One diagnostic code of the registers package. */
export type RegisterDiagnosticCode = (typeof REGISTER_DIAGNOSTIC_CODES)[number];

/**
 * A coded problem with a register or a definition. Row problems carry how many rows have it
 * and a few example row numbers (1-based data rows of the register, file order), never the
 * row's personal fields.
 */
export interface RegisterDiagnostic extends Diagnostic<RegisterDiagnosticCode> {
  /** Register id concerned. */
  readonly register?: string;
  /** Indicator id concerned. */
  readonly indicator?: string;
  /** Number of rows (or villages, or cells) with the problem. */
  readonly count?: number;
  /** Up to five example row numbers. */
  readonly rows?: readonly number[];
}

/** File formats a register may come in; `table` is a table already loaded into the engine. */
export type RegisterFormat = 'csv' | 'parquet' | 'table';

/** One register file given to the engine. */
export interface RegisterSource {
  /** Path (or name) of the file, as named in diagnostics. */
  readonly file: string;
  readonly format: RegisterFormat;
  /** Engine table holding the rows (format `table`, e.g. an XLSX sheet loaded row by row). */
  readonly table?: string;
}
