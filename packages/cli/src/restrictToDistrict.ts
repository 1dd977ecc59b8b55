import { type Diagnostic, normaliseVillageCode, type VillageRecord } from '@lokus/core';
import { detectCodeProperty, detectNameProperty } from '@lokus/geo';
import type { FeatureCollection } from 'geojson';

/** Options of {@link restrictToDistrict}. */
export interface RestrictOptions {
  /** Kabupaten code (`33.21` or `3321`): keep only its villages. */
  readonly district?: string;
  /** Boundaries: keep the table's villages that have a boundary, add the boundaries' others. */
  readonly boundaries?: FeatureCollection;
  /** File name of the table, for the diagnostics. */
  readonly file?: string;
}

/** Result of {@link restrictToDistrict}. */
export interface Restricted {
  readonly records: readonly VillageRecord[];
  /** Rows set aside (summarised), villages added from the boundaries (summarised). */
  readonly diagnostics: readonly Diagnostic[];
  /** Kabupaten code the table was restricted to, or null. */
  readonly district: string | null;
  /** Rows of the table kept (the rest are set aside); 0 means the table is of another district. */
  readonly kept: number;
  readonly setAside: number;
  readonly added: number;
}

const EXAMPLES = 5;

/** `33.21` from `33.21`, `3321` or `33.21.01.2001`; null when it is not a kabupaten code. */
function kabupatenOf(code: string): string | null {
  const digits = code.replace(/\./g, '').trim();
  return /^\d{4}/.test(digits) ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}` : null;
}

function boundaryVillages(fc: FeatureCollection): Map<string, { name: string }> {
  const codeKey = detectCodeProperty(fc.features);
  const nameKey = detectNameProperty(fc.features);
  const out = new Map<string, { name: string }>();
  if (codeKey === null) return out;
  for (const f of fc.features) {
    const raw = f.properties?.[codeKey];
    const code = raw == null ? null : normaliseVillageCode(String(raw));
    if (code === null || out.has(code)) continue;
    const name = nameKey === null ? '' : String(f.properties?.[nameKey] ?? '');
    out.set(code, { name });
  }
  return out;
}

function countsByKabupaten(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of codes) {
    const k = kabupatenOf(c) ?? '?';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');
}

/**
 * Restricts a table that covers several districts (as IDM's national file does) to one: the
 * rows of kabupaten `district`, or, with boundaries, the rows whose code has a boundary. Rows set
 * aside are reported once, as a summary with counts per kabupaten and the first codes
 * (`ROWS_OUTSIDE_DISTRICT`, info); villages of the boundaries missing from the table (kelurahan
 * under IDM) are added with missing values and reported the same way
 * (`VILLAGES_ADDED_FROM_BOUNDARIES`), so no village is dropped silently. Without a district and
 * boundaries the records are returned unchanged. Records with malformed codes are kept (their
 * problem is reported by the reader). O(n + features).
 *
 * @example
 * restrictToDistrict([{ code: '3321012001', values: {} }, { code: '3326012001', values: {} }], { district: '33.21' }).records.length;
 * // => 1
 */
export function restrictToDistrict(
  records: readonly VillageRecord[],
  options: RestrictOptions = {},
): Restricted {
  const where = options.file === undefined ? {} : { file: options.file };
  const district = options.district === undefined ? null : kabupatenOf(options.district);
  const inBoundaries = options.boundaries ? boundaryVillages(options.boundaries) : null;
  if (district === null && inBoundaries === null) {
    return {
      records,
      diagnostics: [],
      district: null,
      kept: records.length,
      setAside: 0,
      added: 0,
    };
  }
  const keep = (code: string | null): boolean =>
    code === null ||
    (district !== null
      ? kabupatenOf(code) === district && (inBoundaries === null || inBoundaries.has(code))
      : inBoundaries!.has(code));
  const kept: VillageRecord[] = [];
  const aside: string[] = [];
  const seen = new Set<string>();
  const kecamatanName = new Map<string, string>();
  for (const r of records) {
    const code = normaliseVillageCode(r.code);
    if (!keep(code)) {
      aside.push(code ?? r.code);
      continue;
    }
    kept.push(r);
    if (code !== null) {
      seen.add(code);
      const kec = code.slice(0, 8);
      if (r.kecamatanName && !kecamatanName.has(kec)) kecamatanName.set(kec, r.kecamatanName);
    }
  }
  const diagnostics: Diagnostic[] = [];
  if (aside.length > 0) {
    diagnostics.push({
      code: 'ROWS_OUTSIDE_DISTRICT',
      severity: 'info',
      message: `${aside.length} rows of other districts or without a boundary were set aside (${countsByKabupaten(aside)}); first: ${aside.slice(0, EXAMPLES).join(', ')}.`,
      ...where,
      value: aside.length,
    });
  }
  const matched = kept.length;
  const added: string[] = [];
  for (const [code, { name }] of inBoundaries ?? []) {
    if (seen.has(code) || (district !== null && kabupatenOf(code) !== district)) continue;
    const kec = kecamatanName.get(code.slice(0, 8));
    kept.push({ code, name, ...(kec === undefined ? {} : { kecamatanName: kec }), values: {} });
    added.push(code);
  }
  if (added.length > 0) {
    diagnostics.push({
      code: 'VILLAGES_ADDED_FROM_BOUNDARIES',
      severity: 'info',
      message: `${added.length} villages of the boundaries are not in the table and are kept with missing values; first: ${added.slice(0, EXAMPLES).join(', ')}.`,
      ...where,
      value: added.length,
    });
  }
  return {
    records: kept,
    diagnostics,
    district,
    kept: matched,
    setAside: aside.length,
    added: added.length,
  };
}
