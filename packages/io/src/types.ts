import type { Diagnostic, VillageRecord } from '@lokus/core';
import type { PlacesDiagnosticCode } from '@lokus/geo';
import type { FeatureCollection } from 'geojson';

/**
 * Diagnostic codes produced by `@lokus/io`.
 *
 * Files: `EMPTY_FILE` (nothing but whitespace), `NO_ROWS` (a header and no data),
 * `ENCODING_FALLBACK` (not valid UTF-8, or a shapefile's names with U+FFFD; decoded as
 * windows-1252), `NESTING_TOO_DEEP` (JSON nested deeper than 100 levels, refused before parsing).
 *
 * Tables (CSV, XLSX): `CSV_PARSE_ERROR` (unbalanced quotes, ragged rows), `XLSX_UNREADABLE`,
 * `SHEET_NOT_FOUND`, `HEADER_ROWS_SKIPPED` (title rows above the header), `HEADER_MISSING` (the
 * first row already holds village codes), `DUPLICATE_COLUMN`, `COLUMN_NOT_FOUND` (a column named in
 * the options is absent), `CODE_COLUMN_NOT_FOUND`, `MISSING_VILLAGE_CODE`,
 * `MALFORMED_VILLAGE_CODE`, `DUPLICATE_VILLAGE_CODE`, `AMBIGUOUS_NUMBER_FORMAT` (a column whose
 * values read differently with a decimal point and a decimal comma, e.g. only `1.254`),
 * `NON_NUMERIC_VALUE` (a cell of a numeric column that is not a number; read as `NaN`),
 * `TOO_MANY_ROWS` (more than `MAX_CSV_ROWS` lines, refused before parsing), `CSV_RAGGED_ROW` (a row with more or fewer fields than the header; its numbers are read as
 * missing), `CONTROL_CHARACTERS_STRIPPED` (tabs, carriage returns or other control characters
 * around a cell removed), `HEADER_NORMALISED` (a header matched or renamed by case and spaces),
 * `AMBIGUOUS_NUMBER_RESOLVED` (values such as `1.254` read by the separator the rest of the file
 * uses), `NUMBER_AS_TEXT` (XLSX text cells read as numbers), `XLSX_FORMULA_NO_VALUE` (a formula
 * cell saved without its result; read as missing).
 *
 * Boundaries (GeoJSON, TopoJSON, Shapefile): `INVALID_JSON`, `NOT_GEOJSON`, `NOT_TOPOJSON`,
 * `TOPOJSON_OBJECT_NOT_FOUND`, `TOPOJSON_OBJECT_CHOSEN`, `SHAPEFILE_UNREADABLE`,
 * `SHAPEFILE_UNKNOWN_PROJECTION`, `SHAPEFILE_LAYER_CHOSEN`, `NO_FEATURES`,
 * `SWAPPED_COORDINATES` (latitude/longitude order repaired), `PROJECTED_COORDINATES` (metres, not
 * degrees, and no known coordinate reference system), `UNKNOWN_CRS`, `REPROJECTED`,
 * `OUTSIDE_INDONESIA`, `NULL_ISLAND` (a position at (0, 0); feature set aside), `SHAPEFILE_NO_DBF`
 * (no attribute table, so no codes), `SHAPEFILE_NO_PRJ` (WGS84 assumed), `SHAPEFILE_LAYER_NOT_FOUND`,
 * `TOPOJSON_MISSING_ARC` (a geometry refers to an arc the topology lacks; set aside), and the
 * geometry codes of `validateGeometry` in `@lokus/geo`
 * (`GEOMETRY_UNCLOSED_RING`, `GEOMETRY_TOO_FEW_POINTS`, `GEOMETRY_SELF_INTERSECTION`, …).
 *
 * Scenarios: `SCENARIO_SYNTAX_ERROR` (with line and column).
 */
export type IoDiagnosticCode =
  // files
  | 'EMPTY_FILE'
  | 'NO_ROWS'
  | 'ENCODING_FALLBACK'
  | 'NESTING_TOO_DEEP'
  // tables
  | 'CSV_PARSE_ERROR'
  | 'XLSX_UNREADABLE'
  | 'SHEET_NOT_FOUND'
  | 'HEADER_ROWS_SKIPPED'
  | 'HEADER_MISSING'
  | 'DUPLICATE_COLUMN'
  | 'COLUMN_NOT_FOUND'
  | 'CODE_COLUMN_NOT_FOUND'
  | 'MISSING_VILLAGE_CODE'
  | 'MALFORMED_VILLAGE_CODE'
  | 'DUPLICATE_VILLAGE_CODE'
  | 'AMBIGUOUS_NUMBER_FORMAT'
  | 'NON_NUMERIC_VALUE'
  | 'CSV_RAGGED_ROW'
  | 'TOO_MANY_ROWS'
  | 'CONTROL_CHARACTERS_STRIPPED'
  | 'HEADER_NORMALISED'
  | 'AMBIGUOUS_NUMBER_RESOLVED'
  | 'NUMBER_AS_TEXT'
  | 'XLSX_FORMULA_NO_VALUE'
  // boundaries
  | 'INVALID_JSON'
  | 'NOT_GEOJSON'
  | 'NOT_TOPOJSON'
  | 'TOPOJSON_OBJECT_NOT_FOUND'
  | 'TOPOJSON_OBJECT_CHOSEN'
  | 'SHAPEFILE_UNREADABLE'
  | 'SHAPEFILE_UNKNOWN_PROJECTION'
  | 'SHAPEFILE_LAYER_CHOSEN'
  | 'NO_FEATURES'
  | 'SWAPPED_COORDINATES'
  | 'PROJECTED_COORDINATES'
  | 'UNKNOWN_CRS'
  | 'REPROJECTED'
  | 'OUTSIDE_INDONESIA'
  | 'NULL_ISLAND'
  | 'SHAPEFILE_NO_DBF'
  | 'SHAPEFILE_NO_PRJ'
  | 'SHAPEFILE_LAYER_NOT_FOUND'
  | 'TOPOJSON_MISSING_ARC'
  | PlacesDiagnosticCode
  // scenarios
  | 'SCENARIO_SYNTAX_ERROR';

/** A diagnostic from `@lokus/io`. */
export type IoDiagnostic = Diagnostic<IoDiagnosticCode>;

/** File contents as text, or as bytes from `fs.readFile`, `File.arrayBuffer()` or `fetch`. */
export type BinaryInput = string | Uint8Array | ArrayBuffer;

/** Decimal separator: `.` (`8.95`, thousands `1,254`) or `,` (`8,95`, thousands `1.254`). */
export type DecimalSeparator = '.' | ',';

/** One spreadsheet or CSV cell after reading: text, a number, or `null` for an empty cell. */
export type Cell = string | number | null;

/** Result of the table readers ({@link readCsv}, {@link readXlsx}). */
export interface ReadTableResult {
  /**
   * One record per data row that has any content, in file order; none is dropped. Empty when
   * the reader was asked for `columnar` output: the same rows are then in {@link columnar}.
   */
  readonly records: readonly VillageRecord[];
  /**
   * The records by column, when the reader was asked for it (`columnar: true`): what
   * `createTableFromColumns` of `@lokus/core` takes, without an object per row (a national file
   * has 84,000 rows).
   */
  readonly columnar?: ColumnarRecords;
  /** Every column name, in file order (empty names become `column_<n>`). */
  readonly columns: readonly string[];
  /** Columns read as numbers (they become `values` of the records). */
  readonly numericColumns: readonly string[];
  /** The decimal separator used per numeric column; `null` when only integers were seen. */
  readonly decimal: Readonly<Record<string, DecimalSeparator | null>>;
  /** Column holding the village codes, or `null` when none was found. */
  readonly codeColumn: string | null;
  readonly nameColumn: string | null;
  readonly kecamatanNameColumn: string | null;
  readonly diagnostics: readonly IoDiagnostic[];
}

/**
 * The records of a table by column: row i is `{ code: code[i], name: name?.[i],
 * kecamatanName: kecamatanName?.[i], values: { [id]: values[id][i] } }`, `NaN` for missing.
 */
export interface ColumnarRecords {
  readonly code: readonly string[];
  /** Village names; null when the file has no name column (records without `name`). */
  readonly name: readonly string[] | null;
  /** Kecamatan names; null when the file has no such column. */
  readonly kecamatanName: readonly string[] | null;
  /** Every numeric column by name, in the order of `numericColumns`. */
  readonly values: Readonly<Record<string, Float64Array>>;
}

/** A feature a boundary reader left out of its collection, and why. */
export interface SetAsideFeature {
  /** 1-based feature number in the file. */
  readonly feature: number;
  /** Village code of the feature, as written, when it has one. */
  readonly code?: string;
  /** Code of the diagnostic that set it aside (`GEOMETRY_SELF_INTERSECTION`, `NULL_ISLAND`, …). */
  readonly reason: IoDiagnosticCode;
}

/** Result of the boundary readers: WGS84 longitude/latitude features and what was found. */
export interface ReadBoundariesResult {
  /** The features that can be mapped, in file order. */
  readonly features: FeatureCollection;
  readonly diagnostics: readonly IoDiagnostic[];
  /**
   * Features left out, each with a warning in `diagnostics` saying why; pass them to
   * `joinByCode`'s `setAside` option so their table rows say so too.
   */
  readonly setAside: readonly SetAsideFeature[];
}
