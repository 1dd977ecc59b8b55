import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random.ts';
import type { ScenarioResult } from '../../src/result.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { AGGREGATE_METHODS, CLASSIFY_SCHEMES } from '../../src/scenario/vocabulary.ts';
import { createTable } from '../../src/table/createTable.ts';
import type { VillageRecord } from '../../src/types.ts';

const desil1 = {
  id: 'desil1',
  label: { id: 'KK desil 1', en: 'Desil 1 households' },
  kind: 'count',
  direction: 'higher-is-worse',
  denominator: 'kk',
  per: 100,
} as const;
const idm = {
  id: 'idm',
  label: { id: 'IDM', en: 'IDM' },
  kind: 'index',
  direction: 'higher-is-better',
  range: [0, 1],
} as const;

/** A seeded fictional district: `n` villages in 4 kecamatan. */
function records(n: number, seed = 1): VillageRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const kec = String((i % 4) + 1).padStart(2, '0');
    const kelurahan = i % 10 === 9;
    const kk = 200 + Math.floor(rng() * 800);
    return {
      code: `99.01.${kec}.${kelurahan ? 1 : 2}${String(i + 1).padStart(3, '0')}`,
      name: `Desa ${i + 1}`,
      values: {
        kk,
        desil1: Math.floor(rng() * kk * 0.3),
        idm: kelurahan ? Number.NaN : Math.round((0.45 + rng() * 0.4) * 1e4) / 1e4,
      },
    };
  });
}

const scenario: Scenario = {
  name: 'Uji',
  indicators: [desil1, idm],
  select: { mode: 'top-n', n: 6, quota: { min: 1 } },
};

/** Everything a result holds, as plain JSON (typed arrays spread), to compare runs byte for byte. */
function serialise(result: ScenarioResult): string {
  return JSON.stringify(result, (_k, v) =>
    ArrayBuffer.isView(v)
      ? Array.from(v as unknown as ArrayLike<number>, (x) => (Number.isNaN(x) ? 'NaN' : x))
      : v,
  );
}

describe('runScenario', () => {
  it('runScenario keeps every stage, oriented so that higher means more need', () => {
    const { table } = createTable(records(40));
    const result = runScenario(table, scenario);
    expect(result.ok).toBe(true);
    const s = result.stages!;
    expect(Object.keys(s)).toEqual([
      'raw',
      'imputed',
      'excluded',
      'treated',
      'normalised',
      'weights',
      'aggregated',
      'ranked',
      'selected',
      'classes',
    ]);
    // denominators: desil1 became a percentage of kk
    const kk = table.columns.kk!;
    expect(s.raw.desil1![0]).toBeCloseTo((table.columns.desil1![0]! / kk[0]!) * 100, 12);
    // IDM is higher-is-better: the lowest IDM gets the highest normalised value
    const idmRaw = s.treated.idm!.values;
    let lo = -1;
    for (let i = 0; i < idmRaw.length; i++)
      if (!Number.isNaN(idmRaw[i]!) && (lo < 0 || idmRaw[i]! < idmRaw[lo]!)) lo = i;
    expect(s.normalised.idm![lo]).toBe(100);
    expect(s.weights.weights).toEqual({ desil1: 0.5, idm: 0.5 });
    expect(s.selected.count).toBe(6);
  });

  it('runScenario keeps kelurahan without IDM in the output but unranked under policy none', () => {
    const { table } = createTable(records(40));
    const result = runScenario(table, scenario);
    const s = result.stages!;
    const kelurahan = table.kind.map((k, i) => (k === 'kelurahan' ? i : -1)).filter((i) => i >= 0);
    expect(kelurahan.length).toBe(4);
    for (const i of kelurahan) {
      expect(s.excluded[i]).toBe(1);
      expect(Number.isNaN(s.ranked.rank[i]!)).toBe(true);
      expect(s.selected.reason[i]).toBe('unranked');
    }
    expect(
      result.diagnostics.filter((d) => d.code === 'EXCLUDED_MISSING').map((d) => d.village),
    ).toEqual(kelurahan.map((i) => table.code[i]));
    // imputing instead ranks them
    const imputed = runScenario(table, { ...scenario, missing: 'kecamatan-median' });
    for (const i of kelurahan) expect(Number.isNaN(imputed.stages!.ranked.rank[i]!)).toBe(false);
  });

  it('runScenario gives byte-identical results for the same input, and never mutates it', () => {
    const { table } = createTable(records(30));
    const copy = Object.fromEntries(
      Object.entries(table.columns).map(([k, v]) => [k, Float64Array.from(v)]),
    );
    const frozen = Object.freeze(JSON.parse(JSON.stringify(scenario)));
    const a = serialise(runScenario(table, frozen));
    const b = serialise(runScenario(table, frozen));
    expect(a).toBe(b);
    for (const [k, v] of Object.entries(copy)) expect(table.columns[k]).toEqual(v);
  });

  it('runScenario ranks by code whatever the row order (shuffling rows changes nothing)', () => {
    const base = records(24, 7);
    const byCode = (recs: VillageRecord[]): Record<string, [number, number, number]> => {
      const { table } = createTable(recs);
      const s = runScenario(table, { ...scenario, missing: 'median' }).stages!;
      return Object.fromEntries(
        table.code.map((c, i) => [
          c,
          [s.aggregated.score[i]!, s.ranked.rank[i]!, s.selected.selected[i]!],
        ]),
      );
    };
    const expected = byCode(base);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const rng = createRng(seed);
        const shuffled = [...base].sort(() => rng() - 0.5);
        const got = byCode(shuffled);
        for (const [code, [score, rank, sel]] of Object.entries(expected)) {
          expect(got[code]![0]).toBeCloseTo(score, 12);
          expect([got[code]![1], got[code]![2]]).toEqual([rank, sel]);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('runScenario stops with diagnostics on an invalid scenario or a table error', () => {
    const { table } = createTable(records(10));
    // Parsed input (unknown) is checked at run time; an inline literal like this one would not compile.
    const input: unknown = { name: 'x', indicators: [{ ...idm, direction: 'sideways' }] };
    const bad = runScenario(table, input);
    expect(bad.ok).toBe(false);
    expect(bad.stages).toBeNull();
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['SCENARIO_INVALID']);

    const dup = createTable([...records(3), records(3)[0]!]);
    const result = runScenario(dup.table, scenario);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain('DUPLICATE_VILLAGE_CODE');

    const unknown = runScenario(table, { ...scenario, indicators: [{ ...idm, id: 'idm2024' }] });
    expect(unknown.ok).toBe(false);
    expect(unknown.diagnostics.map((d) => d.code)).toContain('UNKNOWN_INDICATOR');
  });

  it('runScenario provenance: the input hash follows the data, the scenario hash ignores key order', () => {
    const recs = records(12);
    const { table } = createTable(recs);
    const a = runScenario(table, scenario);
    const reordered = JSON.parse(
      JSON.stringify({
        select: scenario.select,
        indicators: scenario.indicators,
        name: scenario.name,
      }),
    );
    expect(runScenario(table, reordered).provenance).toEqual(a.provenance);
    const changed = createTable(
      recs.map((r, i) => (i === 5 ? { ...r, values: { ...r.values, kk: 9999 } } : r)),
    );
    expect(runScenario(changed.table, scenario).provenance.inputHash).not.toBe(
      a.provenance.inputHash,
    );
    expect(runScenario(table, { ...scenario, name: 'Uji 2' }).provenance.scenarioHash).not.toBe(
      a.provenance.scenarioHash,
    );
    expect(a.provenance.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runScenario runs every aggregation method and classification scheme', () => {
    const { table } = createTable(records(40));
    const withCutoffs = [
      { ...desil1, cutoff: 10 },
      { ...idm, cutoff: 0.6 },
    ];
    for (const method of AGGREGATE_METHODS) {
      const r = runScenario(table, {
        ...scenario,
        indicators: withCutoffs,
        aggregate: { method, k: 0.5 },
      });
      expect(r.ok, method).toBe(true);
      expect(r.stages!.aggregated.method).toBe(method);
      expect(r.stages!.selected.count).toBe(6);
    }
    for (const scheme of CLASSIFY_SCHEMES.filter((c) => c !== 'manual' && c !== 'idm-status')) {
      const r = runScenario(table, { ...scenario, classify: { scheme, k: 4 } });
      expect(r.stages!.classes.scheme).toBe(scheme);
    }
    const byIdm = runScenario(table, {
      ...scenario,
      classify: { scheme: 'idm-status', field: 'idm' },
    });
    expect(byIdm.stages!.classes.labels).toHaveLength(5);
  });
});
