import type { VillageTable } from '../types.ts';
import { Hasher } from './hash.ts';

/** Tables are immutable, so each one is hashed once. */
const hashes = new WeakMap<VillageTable, string>();

/**
 * SHA-256 of a village table's content, in {@link Hasher}'s byte layout: the row count (`word`);
 * per row its code, name and kecamatan name (`string`s); then per numeric column, in ids' sorted
 * order, the id (`string`) and the values (`column`: IEEE-754 bits, all NaNs alike). Row order
 * matters; column order does not. O(n·m) the first time; tables are immutable, so the digest is
 * remembered per table.
 *
 * @example
 * const { table } = createTable([{ code: '99.01.01.2001', values: { a: 1 } }]);
 * tableHash(table) === tableHash(table); // => true
 */
export function tableHash(table: VillageTable): string {
  const cached = hashes.get(table);
  if (cached !== undefined) return cached;
  const h = new Hasher().word(table.length);
  for (let i = 0; i < table.length; i++) {
    h.string(table.code[i]!).string(table.name[i]!).string(table.kecamatanName[i]!);
  }
  for (const id of Object.keys(table.columns).sort()) h.string(id).column(table.columns[id]!);
  const digest = h.digest();
  hashes.set(table, digest);
  return digest;
}
