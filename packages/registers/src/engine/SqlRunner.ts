/**
 * What the register engine needs from a SQL database: run one statement and return its rows as
 * plain objects, whole numbers as `number` and lists as arrays. `@lokus/registers/node` gives one
 * over DuckDB's Node API; a browser can give one over DuckDB-Wasm, so both run the same SQL.
 */
export interface SqlRunner {
  query(sql: string): Promise<Record<string, unknown>[]>;
}
