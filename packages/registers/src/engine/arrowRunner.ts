import type { SqlRunner } from './SqlRunner.ts';

/** A row of an Arrow result as DuckDB-Wasm returns it. */
interface ArrowRow {
  toJSON(): Record<string, unknown>;
}

/** What {@link arrowRunner} needs: a connection whose `query` returns an Arrow table. */
export interface ArrowConnection {
  query(sql: string): Promise<{ toArray(): ArrowRow[] }> | { toArray(): ArrowRow[] };
}

/** An Arrow value as a plain one: BigInts as numbers, list vectors as arrays. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object') {
    const list = v as { toArray?: () => ArrayLike<unknown> };
    if (typeof list.toArray === 'function') return Array.from(list.toArray(), plain);
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<unknown>, plain);
  }
  return v;
}

/**
 * A {@link SqlRunner} over a DuckDB-Wasm connection (`await db.connect()` of
 * `@duckdb/duckdb-wasm`, or any connection whose `query` returns an Arrow table), so a browser
 * runs the same SQL as the Node engine; register files are first given to the database with
 * `db.registerFileBuffer(name, bytes)` and then named by `name`, never uploaded.
 *
 * @example
 * const row = { toJSON: () => ({ x: 1n, rows: { toArray: () => BigInt64Array.from([2n, 5n]) }, code: '99.01.01.2001' }) };
 * const connection = { query: async (sql) => ({ toArray: () => [row] }) };
 * await arrowRunner(connection).query('SELECT 1 AS x'); // => [{ x: 1, rows: [2, 5], code: '99.01.01.2001' }]
 */
export function arrowRunner(connection: ArrowConnection): SqlRunner {
  return {
    async query(sql) {
      const table = await connection.query(sql);
      return table.toArray().map((row) => {
        const json = row.toJSON();
        return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, plain(v)]));
      });
    },
  };
}
