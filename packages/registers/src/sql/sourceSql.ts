import type { RegisterSource } from '../types.ts';
import { sqlName } from './sqlName.ts';
import { sqlValue } from './sqlValue.ts';

/**
 * The DuckDB table expression that reads one register file: `read_csv` with a header and every
 * column as text (delimiter detected; codes and NIK keep their leading zeros; each value is cast
 * and checked later), `read_parquet`, or an already loaded table.
 *
 * @example
 * sourceSql({ file: 'kel.parquet', format: 'parquet' }); // => "read_parquet('kel.parquet')"
 */
export function sourceSql(source: RegisterSource): string {
  if (source.format === 'parquet') return `read_parquet(${sqlValue(source.file)})`;
  if (source.format === 'table') return sqlName(source.table ?? source.file);
  return `read_csv(${sqlValue(source.file)}, header = true, all_varchar = true)`;
}
