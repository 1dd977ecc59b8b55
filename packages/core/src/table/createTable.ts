import type { CoreDiagnostic, IndicatorMeta, VillageRecord } from '../types.ts';
import { assembleTable, type CreateTableResult } from './createTableFromColumns.ts';
import { validateTable } from './validateTable.ts';

/** Options of {@link createTable}. */
export interface CreateTableFromRecordsOptions {
  /** When given, the table is also checked with `validateTable` and its diagnostics appended. */
  readonly indicators?: readonly IndicatorMeta[];
  /** File name written into every diagnostic. */
  readonly file?: string;
  /**
   * Report missing, malformed and repeated codes (default true). A reader of `@lokus/io` has
   * already reported them with file lines, so tables built from its records pass `false`.
   */
  readonly checkCodes?: boolean;
}

/**
 * Builds a columnar village table from plain records (one per village, in input order).
 *
 * Every value key seen in any record becomes a `Float64Array` column (in first-seen order);
 * `null`, `undefined` and `NaN` become `NaN` (missing). A value that is not a number at all
 * (e.g. the text `"n/a"`) becomes `NaN` with a `NON_FINITE_VALUE` error. No row is ever
 * dropped: code problems (`MISSING_VILLAGE_CODE`, `MALFORMED_VILLAGE_CODE`,
 * `DUPLICATE_VILLAGE_CODE`) are reported as in {@link createTableFromColumns}. Diagnostics carry
 * the 1-based record number as `row`, the column, the value, the village code and `file`.
 *
 * Method: two passes over the records (collect keys, then fill columns). O(n · keys).
 *
 * @example
 * const { table, diagnostics } = createTable([
 *   { code: '3321012001', name: 'Sidorejo', values: { desil1_kk: 12 } },
 *   { code: '33.21.01.2002', values: { desil1_kk: null } },
 * ]);
 * table.code; // => ['33.21.01.2001', '33.21.01.2002']
 * Number.isNaN(table.columns.desil1_kk?.[1]); // => true
 * diagnostics.length; // => 0
 */
export function createTable(
  records: readonly VillageRecord[],
  options: CreateTableFromRecordsOptions = {},
): CreateTableResult {
  if (!Array.isArray(records)) throw new Error('createTable requires an array of records');
  const n = records.length;
  const ids: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const record = records[i];
    if (record === null || typeof record !== 'object') {
      throw new Error(`createTable requires every record to be an object (record ${i + 1})`);
    }
    const values = record.values ?? {};
    for (const key of Object.keys(values)) {
      if (!seen.has(key)) {
        seen.add(key);
        ids.push(key);
      }
    }
  }
  const columns: Record<string, Float64Array> = {};
  for (const id of ids) columns[id] = new Float64Array(n).fill(Number.NaN);
  const code = new Array<string>(n);
  const name = new Array<string>(n);
  const kecamatanName = new Array<string>(n);
  const valueDiagnostics: CoreDiagnostic[] = [];
  const where = options.file === undefined ? {} : { file: options.file };
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    code[i] = record.code;
    name[i] = record.name ?? '';
    kecamatanName[i] = record.kecamatanName ?? '';
    const values = record.values ?? {};
    for (const key of Object.keys(values)) {
      const v: unknown = values[key];
      if (typeof v === 'number') {
        columns[key]![i] = v;
      } else if (v !== null && v !== undefined) {
        valueDiagnostics.push({
          code: 'NON_FINITE_VALUE',
          severity: 'error',
          message: `Row ${i + 1}, column ${key}: ${JSON.stringify(v)} is not a number.`,
          ...where,
          row: i + 1,
          column: key,
          value: v,
          village: String(record.code ?? ''),
        });
      }
    }
  }
  const built = assembleTable(
    'createTable',
    code,
    name,
    kecamatanName,
    columns,
    options.file,
    options.checkCodes ?? true,
  );
  const diagnostics = built.diagnostics;
  for (const d of valueDiagnostics) {
    const village = built.table.code[(d.row ?? 1) - 1];
    diagnostics.push(village === undefined ? d : { ...d, village });
  }
  if (options.indicators !== undefined) {
    const extra = validateTable(built.table, options.indicators, {
      ...(options.file === undefined ? {} : { file: options.file }),
      checkCodes: false,
    });
    for (const d of extra) diagnostics.push(d);
  }
  return { table: built.table, diagnostics };
}
