import { normaliseVillageCode } from '@lokus/core';
import type { PlanVillage, VillageScope } from '../types.ts';

/** The villages a plan cell names, or why it cannot be read. */
export type ScopeReading =
  | { readonly ok: true; readonly scope: VillageScope; readonly villages: readonly string[] }
  | {
      readonly ok: false;
      readonly problem: 'malformed' | 'unknown-village' | 'unknown-kecamatan';
      readonly value: string;
    };

const ALL = /^(semua|seluruh)\s+(desa\s+)?lokus$|^all\s+loci$/i;
const IN_KEC =
  /^(?:(?:semua|seluruh)\s+(?:desa\s+)?lokus|all\s+loci)\s+(?:di\s+|in\s+)?(?:kecamatan|kec\.?)\s+(.+)$/i;

/** Villages of the district by code and the loci by kecamatan, for {@link villageScope}. */
export interface ScopeIndex {
  readonly codes: ReadonlySet<string>;
  readonly loci: readonly string[];
  /** Kecamatan code and lower-case name → kecamatan code. */
  readonly kecamatan: ReadonlyMap<string, string>;
  readonly lociByKecamatan: ReadonlyMap<string, readonly string[]>;
}

/**
 * Indexes the villages for {@link villageScope}. O(n log n).
 *
 * @example
 * scopeIndex([]).loci; // => []
 */
export function scopeIndex(villages: readonly PlanVillage[]): ScopeIndex {
  const codes = new Set<string>();
  const kecamatan = new Map<string, string>();
  const lociByKecamatan = new Map<string, string[]>();
  for (const v of villages) {
    codes.add(v.code);
    kecamatan.set(v.kecamatan, v.kecamatan);
    if (v.kecamatanName !== '') kecamatan.set(v.kecamatanName.toLowerCase(), v.kecamatan);
    if (!lociByKecamatan.has(v.kecamatan)) lociByKecamatan.set(v.kecamatan, []);
    if (v.locus) lociByKecamatan.get(v.kecamatan)!.push(v.code);
  }
  for (const list of lociByKecamatan.values()) list.sort();
  const loci = villages
    .filter((v) => v.locus)
    .map((v) => v.code)
    .sort();
  return { codes, loci, kecamatan, lociByKecamatan };
}

/**
 * Reads the villages cell of a plan row: village codes (dotted or plain) separated by `;`, `,`
 * or line breaks; `semua lokus` (all loci); or `semua lokus di kecamatan <name or code>` (the
 * loci of one kecamatan; `kec.` and `seluruh` are accepted, and the English `all loci in
 * kecamatan …`). The first code that is malformed or not in the district is named. Codes are
 * returned canonical, deduplicated, in code order. O(length of the cell).
 *
 * @example
 * villageScope('semua lokus', scopeIndex([])); // => { ok: true, scope: { kind: 'all-loci' }, villages: [] }
 */
export function villageScope(text: string, index: ScopeIndex): ScopeReading {
  const t = text.trim().replace(/\s+/g, ' ');
  if (ALL.test(t)) return { ok: true, scope: { kind: 'all-loci' }, villages: index.loci };
  const inKec = IN_KEC.exec(t);
  if (inKec !== null) {
    const name = inKec[1]!.trim();
    const kec = index.kecamatan.get(name) ?? index.kecamatan.get(name.toLowerCase());
    if (kec === undefined) return { ok: false, problem: 'unknown-kecamatan', value: name };
    return {
      ok: true,
      scope: { kind: 'kecamatan', kecamatan: kec },
      villages: index.lociByKecamatan.get(kec) ?? [],
    };
  }
  const out = new Set<string>();
  for (const token of t
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const code = normaliseVillageCode(token);
    if (code === null) return { ok: false, problem: 'malformed', value: token };
    if (!index.codes.has(code)) return { ok: false, problem: 'unknown-village', value: token };
    out.add(code);
  }
  if (out.size === 0) return { ok: false, problem: 'malformed', value: text };
  return { ok: true, scope: { kind: 'codes' }, villages: [...out].sort() };
}
