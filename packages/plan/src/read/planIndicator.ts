import { INDICATOR_CATALOGUE, matchIndicator } from '@lokus/core';

/**
 * The indicator a plan cell names, as a catalogue entry id: the id, the id of its rate
 * (`rtlh_per100kk` → `rtlh_unit`) or a header alias (`RTLH` → `rtlh_unit`), compared by
 * `matchIndicator` of `@lokus/core`; else one of `extra` (the result's own indicator ids), else
 * `null`. Denominators (`kk_total`, `penduduk`) are not indicators a programme moves. O(length).
 *
 * @example
 * planIndicator('RTLH'); // => 'rtlh_unit'
 * planIndicator('desil1_pct'); // => 'desil1_kk'
 * planIndicator('kk_total'); // => null
 */
export function planIndicator(text: string, extra: ReadonlySet<string> = new Set()): string | null {
  const t = text.trim();
  if (extra.has(t)) return catalogueId(t);
  const match = matchIndicator(t);
  if (match !== null && match.entry.role === 'indicator') return match.entry.id;
  return null;
}

/**
 * The catalogue entry id of an indicator id (a rate id becomes its count's id); an id outside
 * the catalogue is returned as it is. O(catalogue).
 *
 * @example
 * catalogueId('stunting_pct'); // => 'stunting_pct'
 * catalogueId('rtlh_per100kk'); // => 'rtlh_unit'
 * catalogueId('d1'); // => 'd1'
 */
export function catalogueId(id: string): string {
  for (const e of INDICATOR_CATALOGUE) {
    if (e.id === id || ('rate' in e && e.rate.id === id)) return e.id;
  }
  return id;
}

/** Catalogue indicator ids and their rate ids, for messages. */
export const CATALOGUE_INDICATOR_IDS: readonly string[] = INDICATOR_CATALOGUE.filter(
  (e) => e.role === 'indicator',
).map((e) => e.id);
