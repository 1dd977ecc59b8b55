import type { VillageTable } from '../types.ts';

/**
 * The table of some rows of a table, in the order given: every field and every numeric column
 * gathered (copied), so the result is the table those villages would make alone. O(r·c) for r
 * rows and c columns. Never mutates its input.
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', values: { a: 1 } },
 *   { code: '33.22.01.2001', values: { a: 2 } },
 * ]);
 * const sub = subTable(table, Int32Array.of(1));
 * sub.code; // => ['33.22.01.2001']
 * sub.columns.a; // => Float64Array [2]
 */
export function subTable(table: VillageTable, rows: Int32Array): VillageTable {
  const pick = <T>(values: readonly T[]): T[] => Array.from(rows, (i) => values[i]!);
  const columns: Record<string, Float64Array> = {};
  for (const [id, col] of Object.entries(table.columns)) {
    const out = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) out[k] = col[rows[k]!]!;
    columns[id] = out;
  }
  return {
    length: rows.length,
    code: pick(table.code),
    name: pick(table.name),
    kecamatan: pick(table.kecamatan),
    kecamatanName: pick(table.kecamatanName),
    kabupaten: pick(table.kabupaten),
    province: pick(table.province),
    kind: pick(table.kind),
    columns,
  };
}
