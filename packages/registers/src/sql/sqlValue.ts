/**
 * Writes a number or a text as a DuckDB SQL literal: finite numbers as they are, texts in single
 * quotes with inner quotes doubled. Programmer error (a non-finite number) throws.
 *
 * @example
 * sqlValue("Jum'at"); // => "'Jum''at'"
 * sqlValue(2); // => '2'
 */
export function sqlValue(value: number | string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`sqlValue requires a finite number, got ${value}`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}
