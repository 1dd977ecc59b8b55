/**
 * Quotes an identifier for DuckDB SQL: wrapped in double quotes, inner quotes doubled, so any
 * column name from a user's file is safe to put in a query.
 *
 * @example
 * sqlName('kode "desa"'); // => '"kode ""desa"""'
 */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
