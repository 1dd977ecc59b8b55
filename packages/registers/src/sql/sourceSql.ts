import type { RegisterSource } from '../types.ts';
import { sqlName } from './sqlName.ts';
import { sqlValue } from './sqlValue.ts';

/**
 * The dialect of a CSV file as DuckDB's sniffer found it (`sniff_csv`), so that the file is
 * parsed with it instead of being sniffed again: delimiter, quote, escape, line end and comment
 * as the sniffer writes them (`(empty)` for none), the rows skipped before the header, and the
 * header's column names.
 */
export interface CsvDialect {
  readonly delim: string;
  readonly quote: string;
  readonly escape: string;
  readonly newLine: string;
  readonly comment: string;
  readonly skip: number;
  readonly columns: readonly string[];
}

const option = (x: string) => sqlValue(x === '(empty)' ? '' : x);

/**
 * The CSV buffer of the sniff: 2 MiB, DuckDB's longest line (`max_line_size`), so that every
 * line DuckDB reads at all still fits in one buffer. DuckDB's default is 16 times that: a
 * district's households file took 0.17 s to sniff with it in Node against 0.11 s, and in
 * DuckDB-Wasm (one run) the district's two files 0.59 s and 0.35 s against 0.40 s and 0.19 s.
 * For the parse itself the best buffer depends on the database (see `SqlRunner.csvBuffer`).
 */
const SNIFF_BUFFER = 'buffer_size = 2097152';

/**
 * The DuckDB table expression that reads one register file: `read_csv` with a header and every
 * column as text (codes and NIK keep their leading zeros; each value is cast and checked later),
 * `read_parquet`, or an already loaded table. A CSV file is read with its sniffed `dialect`
 * when given (no second sniff: measured 0.1–0.3 s of CPU for a district's persons file), else
 * with the delimiter detected; with `buffer`, the CSV reader's buffer in bytes (else DuckDB's,
 * 32 MiB).
 *
 * @example
 * sourceSql({ file: 'kel.parquet', format: 'parquet' }); // => "read_parquet('kel.parquet')"
 * sourceSql({ file: 'kel.csv', format: 'csv' }); // => "read_csv('kel.csv', header = true, all_varchar = true)"
 * const dialect = { delim: ';', quote: '"', escape: '(empty)', newLine: '\\n', comment: '(empty)', skip: 0, columns: ['id', 'kode'] };
 * sourceSql({ file: 'kel.csv', format: 'csv' }, dialect, 2097152);
 * // => "read_csv('kel.csv', header = true, auto_detect = false, delim = ';', quote = '\"', escape = '', new_line = '\\n', comment = '', skip = 0, columns = {'id': 'VARCHAR', 'kode': 'VARCHAR'}, buffer_size = 2097152)"
 */
export function sourceSql(source: RegisterSource, dialect?: CsvDialect, buffer?: number): string {
  if (source.format === 'parquet') return `read_parquet(${sqlValue(source.file)})`;
  if (source.format === 'table') return sqlName(source.table ?? source.file);
  const buffered = buffer === undefined ? [] : [`buffer_size = ${Math.trunc(buffer)}`];
  if (dialect === undefined) {
    const options = ['header = true', 'all_varchar = true', ...buffered].join(', ');
    return `read_csv(${sqlValue(source.file)}, ${options})`;
  }
  const columns = dialect.columns.map((c) => `${sqlValue(c)}: 'VARCHAR'`).join(', ');
  const options = [
    `delim = ${option(dialect.delim)}`,
    `quote = ${option(dialect.quote)}`,
    `escape = ${option(dialect.escape)}`,
    `new_line = ${option(dialect.newLine)}`,
    `comment = ${option(dialect.comment)}`,
    `skip = ${Math.trunc(dialect.skip)}`,
    `columns = {${columns}}`,
    ...buffered,
  ];
  return `read_csv(${sqlValue(source.file)}, header = true, auto_detect = false, ${options.join(', ')})`;
}

/**
 * The query of a CSV file's dialect and header (one row; see {@link CsvDialect}), sniffed as
 * {@link sourceSql} reads the file without one: header on, every column text. The header comes
 * as a list of names (`names`), not of structs, which a browser's Arrow would hand over as
 * value arrays.
 *
 * @example
 * sniffSql('kel.csv');
 * // => "SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows, list_transform(Columns, lambda c: c.name) AS names FROM sniff_csv('kel.csv', header = true, all_varchar = true, buffer_size = 2097152)"
 */
export function sniffSql(file: string): string {
  const names = 'list_transform(Columns, lambda c: c.name) AS names';
  return `SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows, ${names} FROM sniff_csv(${sqlValue(file)}, header = true, all_varchar = true, ${SNIFF_BUFFER})`;
}
