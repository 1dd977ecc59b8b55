/**
 * What the map says about the scope of the ranking when many districts are shown at once, and
 * the scope national mode ranks with by default. A scenario ranks either every village of the
 * table in one order (`scope` absent or `by: all`) or within each kabupaten or province
 * (`scope.by`, core's `runScenario`); the map title says which is in force instead of leaving it to
 * be guessed.
 */
import type { Scenario, ScopeBy } from '@lokus/core';
import { fmt } from '../i18n/index.ts';
import { nt } from './nationalText.ts';

/**
 * The ranking's scope in words, from the villages' codes (`PP.KK.CC.TDDD`) and the scenario's
 * `scope.by` (absent: one pool).
 *
 * @example
 * nationalRanking(['11.01.01.1001', '12.02.01.1001']);
 * // => 'Satu peringkat untuk seluruh 2 kabupaten/kota (2 provinsi): skenario tidak memeringkat per kabupaten'
 * nationalRanking(['11.01.01.1001', '12.02.01.1001'], 'kabupaten');
 * // => 'Peringkat di dalam setiap kabupaten/kota (2 kabupaten/kota)'
 */
export function nationalRanking(codes: readonly string[], by?: ScopeBy): string {
  const kabupaten = new Set<string>();
  const provinces = new Set<string>();
  for (const c of codes) {
    kabupaten.add(c.slice(0, 5));
    provinces.add(c.slice(0, 2));
  }
  const vars = { kab: fmt(kabupaten.size, 0), prov: fmt(provinces.size, 0) };
  if (by === 'kabupaten') return nt('rankingWithinKabupaten', vars);
  if (by === 'province' && provinces.size > 1) return nt('rankingWithinProvince', vars);
  if (kabupaten.size <= 1) return nt('rankingOne');
  if (by === 'province') return nt('rankingOneProvince', vars);
  return nt('rankingAcross', vars);
}

/**
 * The scenario national mode opens with: the dataset's own, ranked within each kabupaten when it
 * states no scope (no district's decree ranks its villages against another district's). A
 * scenario that states a scope, `all` included, is kept as it is.
 *
 * @example
 * nationalScenario({ name: 'x', indicators: [] }).scope; // => { by: 'kabupaten' }
 * nationalScenario({ name: 'x', indicators: [], scope: { by: 'all' } }).scope; // => { by: 'all' }
 */
export function nationalScenario(scenario: Scenario): Scenario {
  return scenario.scope === undefined ? { ...scenario, scope: { by: 'kabupaten' } } : scenario;
}
