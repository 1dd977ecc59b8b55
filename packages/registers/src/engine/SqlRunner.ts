/**
 * What the register engine needs from a SQL database: run one statement and return its rows as
 * plain objects, whole numbers as `number` and lists as arrays. `@lokus/registers/node` gives one
 * over DuckDB's Node API; a browser can give one over DuckDB-Wasm, so both run the same SQL.
 */
export interface SqlRunner {
  query(sql: string): Promise<Record<string, unknown>[]>;
  /**
   * Optional: another session on the same database, whose statements run at the same time as
   * this runner's (DuckDB in Node: a second connection) and which sees the tables and views
   * this runner made that are not `TEMP`. With one, the engine checks the registers' keys there
   * while it counts here. Closed by the engine after use.
   */
  session?(): Promise<SqlSession>;
  /**
   * Optional: the CSV reader's buffer in bytes this database parses register files fastest
   * with (`read_csv`'s `buffer_size`); DuckDB's default (32 MiB) when absent.
   */
  readonly csvBuffer?: number;
}

/** A second session of a {@link SqlRunner}, to be closed after use. */
export interface SqlSession extends SqlRunner {
  close(): void;
}
