import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { SqlRunner, SqlSession } from '../engine/SqlRunner.ts';

/** A {@link SqlRunner} over an in-memory DuckDB database, to be closed after use. */
export interface DuckDbRunner extends SqlRunner {
  readonly connection: DuckDBConnection;
  close(): void;
}

/** Options of {@link duckdbRunner}. */
export interface DuckDbRunnerOptions {
  /** Worker threads (default: DuckDB's, the machine's cores). */
  readonly threads?: number;
  /** Memory limit, e.g. `'4GB'` (default: DuckDB's, 80 % of the machine's memory). */
  readonly memoryLimit?: string;
  /**
   * Whether `session()` opens a second connection (default true); without, the runner offers
   * no second session and the engine runs its statements in turn.
   */
  readonly sessions?: boolean;
}

/**
 * The CSV reader's buffer here: 2 MiB, DuckDB's longest line (`max_line_size`), so every line
 * DuckDB reads at all fits in one buffer. With DuckDB's default of 32 MiB, each buffer is mapped
 * afresh from the system: a district's persons file (92 MB) took 0.62 s to parse, 0.35 s of it
 * in the kernel, against 0.34–0.38 s (0.15 s) with 2 MiB, and the whole district from CSV
 * 1.25 s against 1.03 s. At 10 million households it makes no difference (34.7 s against
 * 35.3 s). DuckDB-Wasm parses faster with its default (0.5 s less on the district), so it is
 * not set there.
 */
const CSV_BUFFER = 2 * 2 ** 20;

/** BigInts (DuckDB's integers) as numbers, recursively through lists and structs. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/**
 * Opens an in-memory DuckDB database (`@duckdb/node-api`) as a {@link SqlRunner}: nothing is
 * written to disk and the database disappears with `close()`. External access stays on (the
 * register files are read by path) but no extension is installed or loaded from the network.
 * `session()` opens a second connection to the same database, whose queries run while this
 * one's do (unless `sessions: false`).
 *
 * @example
 * const runner = await duckdbRunner();
 * (await runner.query('SELECT 1 AS x'))[0]?.x; // => 1
 * await runner.query('CREATE TABLE t AS SELECT 42 AS answer');
 * const other = await runner.session?.();
 * (await other.query('SELECT answer FROM t'))[0]?.answer; // => 42
 * other.close();
 * runner.close();
 * const single = await duckdbRunner({ sessions: false });
 * single.session; // => undefined
 * single.close();
 */
export async function duckdbRunner(options: DuckDbRunnerOptions = {}): Promise<DuckDbRunner> {
  const config: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  };
  if (options.threads !== undefined) config.threads = String(options.threads);
  if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  const session = async (): Promise<SqlSession> => {
    const other = await instance.connect();
    return { query: (sql) => rowsOf(other, sql), close: () => other.closeSync() };
  };
  return {
    connection,
    query: (sql) => rowsOf(connection, sql),
    csvBuffer: CSV_BUFFER,
    ...(options.sessions === false ? {} : { session }),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function rowsOf(
  connection: DuckDBConnection,
  sql: string,
): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => plain(r) as Record<string, unknown>);
}
