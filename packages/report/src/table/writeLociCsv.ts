import { writeCsv } from '@lokus/io';
import type { LociTable } from './lociTable.ts';

/** Options of {@link writeLociCsv}. */
export interface WriteLociCsvOptions {
  /**
   * `plain`: UTF-8 without byte-order mark, comma-separated, dot decimals (for tools and
   * English-locale spreadsheets). `excel-id`: for Excel set to Indonesian — a byte-order mark so
   * Excel reads UTF-8, semicolon-separated, decimal comma. Default `plain`.
   */
  readonly dialect?: 'plain' | 'excel-id';
}

/**
 * Writes a loci table as CSV text under its people's headers, in column order; every value as in
 * the table (rounded display columns, full-precision columns with every digit). Text that a
 * spreadsheet would run as a formula is escaped by `writeCsv` of `@lokus/io`; lines end in CRLF.
 * The same table always gives the same text. O(rows × columns).
 *
 * @example
 * const table = { lang: 'id', columns: [{ key: 'code', header: 'Kode', type: 'text', precision: 'display', width: 15 }, { key: 'score', header: 'Skor', type: 'number', digits: 2, precision: 'display', width: 8 }], rows: [{ code: '99.01.01.2001', score: 72.35 }] };
 * writeLociCsv(table, { dialect: 'excel-id' }); // => '\uFEFFKode;Skor\r\n99.01.01.2001;72,35'
 */
export function writeLociCsv(table: LociTable, options: WriteLociCsvOptions = {}): string {
  const { dialect = 'plain' } = options;
  if (dialect !== 'plain' && dialect !== 'excel-id') {
    throw new Error("writeLociCsv requires dialect 'plain' or 'excel-id'");
  }
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((c) => [c.header, row[c.key] ?? null])),
  );
  const columns = table.columns.map((c) => c.header);
  if (dialect === 'plain') return writeCsv(rows, { columns });
  return `\uFEFF${writeCsv(rows, { columns, decimal: ',', delimiter: ';' })}`;
}
