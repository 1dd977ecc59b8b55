import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerKey } from '../../src/catalogue/headerKey.ts';
import {
  type CatalogueEntry,
  INDICATOR_CATALOGUE,
} from '../../src/catalogue/indicatorCatalogue.ts';

const root = new URL('../../../../', import.meta.url);
const sample = JSON.parse(readFileSync(new URL('data/sample/indicators.json', root), 'utf8')) as {
  id: string;
  unit: string;
  kind: string;
  direction: string;
  dimension?: string;
}[];
const catalogue = INDICATOR_CATALOGUE as readonly CatalogueEntry[];
const byId = new Map(catalogue.map((e) => [e.id, e]));

/**
 * The `indicators:` block of a scenario file as flat key/value records (the files are plain block
 * YAML; core has no YAML parser and the io package's readers are tested on them elsewhere).
 */
function yamlIndicators(text: string): Record<string, string | number>[] {
  const block = text.split(/^indicators:\n/m)[1]!.split(/^\S/m)[0]!;
  return block
    .split(/^ {2}- /m)
    .slice(1)
    .map((item) => {
      const out: Record<string, string | number> = {};
      for (const line of item.split('\n')) {
        const m = /^\s*(id|column|direction|denominator|per):\s*(\S+)\s*$/.exec(line);
        if (m) out[m[1]!] = m[1] === 'per' ? Number(m[2]) : m[2]!;
      }
      return out;
    });
}

describe('INDICATOR_CATALOGUE', () => {
  it('INDICATOR_CATALOGUE has every indicator of data/sample/indicators.json with the same unit, kind and direction', () => {
    expect(sample.length).toBeGreaterThan(10);
    for (const s of sample) {
      const e = byId.get(s.id);
      expect(e, s.id).toBeDefined();
      // Denominators are counts whose direction is never used; indicators must agree exactly.
      expect({ id: s.id, unit: e!.unit, kind: e!.kind }).toEqual({
        id: s.id,
        unit: s.unit,
        kind: s.kind,
      });
      if (e!.role === 'indicator') expect(e!.direction, s.id).toBe(s.direction);
      if (s.dimension !== undefined) expect(e!.dimension, s.id).toBe(s.dimension);
    }
  });

  it('INDICATOR_CATALOGUE agrees with every indicator of data/scenarios/*.yaml (ids, directions, denominators)', () => {
    const rateIds = new Map(catalogue.flatMap((e) => (e.rate ? [[e.rate.id, e] as const] : [])));
    for (const file of ['idm', 'campuran', 'kemiskinan-rumah-tangga']) {
      const text = readFileSync(new URL(`data/scenarios/${file}.yaml`, root), 'utf8');
      const indicators = yamlIndicators(text);
      expect(indicators.length, file).toBeGreaterThan(2);
      for (const ind of indicators) {
        const asCount = byId.get(String(ind.id));
        const asRate = rateIds.get(String(ind.id));
        const entry = asCount ?? asRate;
        expect(entry, `${file}: ${ind.id}`).toBeDefined();
        expect(ind.direction, `${file}: ${ind.id}`).toBe(entry!.direction);
        if (asRate !== undefined) {
          expect(ind.column, String(ind.id)).toBe(asRate.id);
          expect(ind.denominator, String(ind.id)).toBe(asRate.rate!.denominator);
          expect(ind.per, String(ind.id)).toBe(asRate.rate!.per);
        }
      }
    }
  });

  it('INDICATOR_CATALOGUE covers the TKPK indicators and both denominators', () => {
    const ids = catalogue.map((e) => e.id);
    for (const id of [
      'idm',
      'iks',
      'ike',
      'ikl',
      'desil1_kk',
      'desil12_kk',
      'miskin_ekstrem_jiwa',
      'rtlh_unit',
      'tanpa_air_kk',
      'tanpa_sanitasi_kk',
      'stunting_pct',
      'atps_anak',
      'pengangguran_jiwa',
    ]) {
      expect(byId.get(id)?.role, id).toBe('indicator');
    }
    expect(byId.get('kk_total')?.role).toBe('denominator');
    expect(byId.get('penduduk')?.role).toBe('denominator');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('INDICATOR_CATALOGUE gives the IDM family higher-is-better and every count of need higher-is-worse', () => {
    for (const e of catalogue) {
      if (e.role !== 'indicator') continue;
      const expected = ['idm', 'iks', 'ike', 'ikl'].includes(e.id)
        ? 'higher-is-better'
        : 'higher-is-worse';
      expect(e.direction, e.id).toBe(expected);
    }
  });

  it('INDICATOR_CATALOGUE rate denominators are catalogue denominators', () => {
    for (const e of catalogue) {
      if (e.rate === undefined) continue;
      expect(byId.get(e.rate.denominator)?.role, e.id).toBe('denominator');
      expect([100, 1000]).toContain(e.rate.per);
    }
  });

  it('INDICATOR_CATALOGUE aliases are unambiguous: no header key names two entries', () => {
    const owner = new Map<string, string>();
    for (const e of catalogue) {
      const all = [e.id, ...(e.rate ? [e.rate.id] : []), ...e.aliases];
      for (const alias of all) {
        const key = headerKey(alias);
        const prior = owner.get(key);
        expect(prior === undefined || prior === e.id, `${alias}: ${prior} and ${e.id}`).toBe(true);
        owner.set(key, e.id);
      }
    }
  });
});
