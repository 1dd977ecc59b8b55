import type { VillageTable } from '../types.ts';

/** The groups of a scoped run: what {@link scopeGroups} returns. */
export interface ScopeGroups {
  readonly by: 'province' | 'kabupaten';
  /** Group keys (`PP.KK` or `PP`), ascending. */
  readonly keys: readonly string[];
  /** Rows of the table in each group, ascending; `rows[g]` belongs to `keys[g]`. */
  readonly rows: readonly Int32Array[];
  /** Rows whose code gives no group (not of the form `PP.KK.CC.TDDD`), ascending. */
  readonly unplaced: Int32Array;
}

const CODE = /^(\d{2})\.(\d{2})\.\d{2}\.\d{4}$/;
const cache = new WeakMap<readonly string[], Map<string, ScopeGroups>>();

/**
 * Splits a table's villages by the prefix of their Kemendagri code: the province (`PP`) or the
 * kabupaten/kota (`PP.KK`). The code is the only source: the table's `kabupaten` and `province`
 * fields are derived from it by `createTable`, and a numeric column such as `kode_kab` among the
 * table's columns is not read (the code wins). A code that is not of the canonical dotted form
 * `PP.KK.CC.TDDD` (a table built with `checkCodes: false` keeps such codes verbatim) gives no
 * group: its row is listed in `unplaced`, never dropped. Tables are immutable, so the groups of a
 * code array are computed once per `by` and remembered. O(n) expected, plus O(g log g) for g
 * groups.
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', values: {} },
 *   { code: '11.01.01.2001', values: {} },
 *   { code: '33.21.02.2001', values: {} },
 * ]);
 * const groups = scopeGroups(table, 'kabupaten');
 * groups.keys; // => ['11.01', '33.21']
 * groups.rows.map((rows) => Array.from(rows)); // => [[1], [0, 2]]
 */
export function scopeGroups(table: VillageTable, by: 'province' | 'kabupaten'): ScopeGroups {
  let byCode = cache.get(table.code);
  if (byCode === undefined) {
    byCode = new Map();
    cache.set(table.code, byCode);
  }
  const hit = byCode.get(by);
  if (hit !== undefined) return hit;
  const members = new Map<string, number[]>();
  const unplaced: number[] = [];
  for (let i = 0; i < table.length; i++) {
    const m = CODE.exec(table.code[i]!);
    if (m === null) {
      unplaced.push(i);
      continue;
    }
    const key = by === 'province' ? m[1]! : `${m[1]}.${m[2]}`;
    const list = members.get(key);
    if (list === undefined) members.set(key, [i]);
    else list.push(i);
  }
  const keys = [...members.keys()].sort();
  const groups: ScopeGroups = {
    by,
    keys,
    rows: keys.map((k) => Int32Array.from(members.get(k)!)),
    unplaced: Int32Array.from(unplaced),
  };
  byCode.set(by, groups);
  return groups;
}
