/// <reference lib="dom" />
import * as duckdb from '@duckdb/duckdb-wasm';
import { arrowRunner } from '../engine/arrowRunner.ts';
import type { SqlRunner } from '../engine/SqlRunner.ts';

/** Where a page serves DuckDB-Wasm from: its own origin (or a `blob:`/`data:` URL), never a CDN. */
export interface WasmBundle {
  /** URL of `@duckdb/duckdb-wasm/dist/duckdb-eh.wasm` (or `-mvp`). */
  readonly module: string;
  /** URL of `@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js` (or `-mvp`). */
  readonly worker: string;
}

/** An open DuckDB-Wasm database with the engine's {@link SqlRunner} over one connection. */
export interface WasmDatabase {
  readonly db: duckdb.AsyncDuckDB;
  readonly runner: SqlRunner;
  /** Gives the database a file to read by `name`, without copying it (read in slices). */
  addFile(name: string, file: Blob): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens an in-memory DuckDB-Wasm database in its own worker from the bundle given, with the
 * automatic download of extensions switched off (nothing is fetched from another host; CSV and
 * Parquet readers are built in). The page's policy must allow `'wasm-unsafe-eval'` (compiling
 * WebAssembly), not `'unsafe-eval'`.
 *
 * @example
 * const wasm = await openWasmDatabase({ module: wasmUrl, worker: workerUrl });
 * (await wasm.runner.query('SELECT 1 AS x'))[0]?.x; // => 1
 */
export async function openWasmDatabase(bundle: WasmBundle): Promise<WasmDatabase> {
  const worker = new Worker(bundle.worker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.module);
  await db.open({ query: { castBigIntToDouble: true } });
  const connection = await db.connect();
  await connection.query('SET autoinstall_known_extensions = false');
  await connection.query('SET autoload_known_extensions = false');
  return {
    db,
    runner: arrowRunner(connection),
    async addFile(name, file) {
      await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
    async close() {
      await connection.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
