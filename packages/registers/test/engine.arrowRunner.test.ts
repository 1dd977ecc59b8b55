import { arrowRunner } from '@lokus/registers';
import { describe, expect, it } from 'vitest';

/** An Arrow-like result as DuckDB-Wasm gives it: rows with toJSON, BigInt counts, list vectors. */
const connection = {
  query: async (sql: string) => ({
    toArray: () => [
      {
        toJSON: () => ({
          sql,
          n: 3n,
          rows: { toArray: () => BigInt64Array.from([1n, 4n]) },
          code: '99.01.01.2001',
          missing: null,
        }),
      },
    ],
  }),
};

describe('arrowRunner', () => {
  it('turns Arrow rows into plain objects: BigInts as numbers, list vectors as arrays', async () => {
    const rows = await arrowRunner(connection).query('SELECT 1');
    expect(rows).toEqual([
      { sql: 'SELECT 1', n: 3, rows: [1, 4], code: '99.01.01.2001', missing: null },
    ]);
  });
});
