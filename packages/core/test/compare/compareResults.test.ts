import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/compare/compareResults.ts';
import { kendallTauB } from '../../src/compare/kendallTauB.ts';
import { spearman } from '../../src/compare/spearman.ts';
import { rankScores } from '../../src/rank/rankScores.ts';
import type { ScenarioResult, Stages } from '../../src/result.ts';
import type { ScenarioIndicator, SelectSpec } from '../../src/scenario/types.ts';
import { selectLoci } from '../../src/select/selectLoci.ts';
import type { VillageTable } from '../../src/types.ts';

const label = (id: string) => ({ id, en: id });
const INDICATORS: ScenarioIndicator[] = ['d1', 'rtlh'].map((id) => ({
  id,
  label: label(id),
  kind: 'count',
  direction: 'higher-is-worse',
}));

/**
 * A ScenarioResult built by hand: `values` are taken as already normalised, the score is the
 * weighted arithmetic mean computed here, rank and selection come from their stages.
 */
function buildResult(
  codes: readonly string[],
  values: Readonly<Record<string, readonly number[]>>,
  weights: Readonly<Record<string, number>>,
  select: SelectSpec,
): ScenarioResult {
  const n = codes.length;
  const table: VillageTable = {
    length: n,
    code: codes,
    name: codes.map((c) => `Desa ${c.slice(-3)}`),
    kecamatan: codes.map((c) => c.slice(0, 8)),
    kecamatanName: codes.map(() => ''),
    kabupaten: codes.map((c) => c.slice(0, 5)),
    province: codes.map(() => '99'),
    kind: codes.map(() => 'desa'),
    columns: {},
  };
  const ids = Object.keys(values);
  const cols: Record<string, Float64Array> = {};
  for (const id of ids) cols[id] = Float64Array.from(values[id]!);
  const score = Float64Array.from({ length: n }, (_, i) =>
    ids.reduce((s, id) => s + weights[id]! * cols[id]![i]!, 0),
  );
  const ranked = rankScores(score, { codes, groups: table.kecamatan });
  const selected = selectLoci({ table, score, ranked }, select).output;
  const stages: Stages = {
    raw: cols,
    imputed: Object.fromEntries(
      ids.map((id) => [id, { values: cols[id]!, imputed: new Uint8Array(n) }]),
    ),
    excluded: new Uint8Array(n),
    treated: {},
    normalised: cols,
    weights: { method: 'manual', weights },
    aggregated: { method: 'arithmetic', score, details: {}, summary: {} },
    ranked,
    selected,
    classes: { scheme: 'quantile', k: 1, bins: [1], classOf: new Int32Array(n), counts: [n] },
  };
  return {
    ok: true,
    scenario: {
      name: 'x',
      description: '',
      year: null,
      indicators: INDICATORS.filter((ind) => ids.includes(ind.id)),
      missing: 'none',
      treat: { method: 'none', skewMax: 2, kurtMax: 3.5, winsorMax: 5 },
      normalise: { method: 'minmax', range: [0, 100] },
      weights: { method: 'manual' },
      aggregate: { method: 'arithmetic' },
      select,
      classify: { scheme: 'quantile', k: 1 },
    },
    table,
    indicators: ids,
    stages,
    diagnostics: [],
    provenance: { inputHash: '', scenarioHash: '', library: '@lokus/core', version: '0' },
  };
}

const CODES = ['99.01.01.2001', '99.01.01.2002', '99.01.02.2001', '99.01.02.2002', '99.01.03.2001'];
const D1 = [90, 70, 50, 30, 10];
const RTLH = [0, 20, 40, 100, 80];
const top2: SelectSpec = { mode: 'top-n', n: 2 };

describe('compareResults', () => {
  it('compareResults(a, a) has no shifts, correlations 1, Jaccard 1 and no movers', () => {
    const a = buildResult(CODES, { d1: D1, rtlh: RTLH }, { d1: 0.5, rtlh: 0.5 }, top2);
    const c = compareResults(a, a);
    expect(c.villages.map((v) => v.shift)).toEqual([0, 0, 0, 0, 0]);
    expect(c.spearman).toBeCloseTo(1, 14);
    expect(c.kendallTauB).toBeCloseTo(1, 14);
    expect(c.jaccard).toBe(1);
    expect(c.entered).toEqual([]);
    expect(c.left).toEqual([]);
  });

  it('compareResults(a, b) gives rank shifts b − a (positive = moved down) and the rank correlations', () => {
    // a: d1 only → ranks 1..5; b: rtlh only → ranks 5, 4, 3, 1, 2.
    const a = buildResult(CODES, { d1: D1, rtlh: RTLH }, { d1: 1, rtlh: 0 }, top2);
    const b = buildResult(CODES, { d1: D1, rtlh: RTLH }, { d1: 0, rtlh: 1 }, top2);
    const c = compareResults(a, b);
    expect(c.villages.map((v) => v.rankA)).toEqual([1, 2, 3, 4, 5]);
    expect(c.villages.map((v) => v.rankB)).toEqual([5, 4, 3, 1, 2]);
    expect(c.villages.map((v) => v.shift)).toEqual([4, 2, 0, -3, -3]);
    expect(c.rankedInBoth).toBe(5);
    expect(c.spearman).toBe(spearman([1, 2, 3, 4, 5], [5, 4, 3, 1, 2]));
    expect(c.kendallTauB).toBe(kendallTauB([1, 2, 3, 4, 5], [5, 4, 3, 1, 2]));
    // R: cor(1:5, c(5, 4, 3, 1, 2), method = "spearman") = -0.9; method = "kendall" = -0.8
    expect(c.spearman).toBeCloseTo(-0.9, 14);
    expect(c.kendallTauB).toBeCloseTo(-0.8, 14);
  });

  it('compareResults(a, b) lists entering and leaving villages with reasons and the indicators that moved them', () => {
    const a = buildResult(CODES, { d1: D1, rtlh: RTLH }, { d1: 1, rtlh: 0 }, top2);
    const b = buildResult(CODES, { d1: D1, rtlh: RTLH }, { d1: 0, rtlh: 1 }, top2);
    const c = compareResults(a, b);
    expect(c.selectedA).toBe(2);
    expect(c.selectedB).toBe(2);
    expect(c.jaccard).toBe(0);
    expect(c.entered.map((v) => v.code)).toEqual(['99.01.02.2002', '99.01.03.2001']);
    expect(c.left.map((v) => v.code)).toEqual(['99.01.01.2001', '99.01.01.2002']);
    const first = c.entered[0]!;
    expect(first.reasonA).toBe('below-cutoff');
    expect(first.reasonB).toBe('rank');
    expect(first.detailB).toBe('Ranked 1 of 5; top 2 loci');
    // 99.01.02.2002: rtlh contribution 0 → 100, d1 contribution 30 → 0.
    expect(first.drivers.map((d) => [d.id, d.contributionA, d.contributionB, d.change])).toEqual([
      ['rtlh', 0, 100, 100],
      ['d1', 30, 0, -30],
    ]);
  });

  it('compareResults(a, b) matches by code regardless of row order and reports codes in only one', () => {
    const a = buildResult(CODES, { d1: D1 }, { d1: 1 }, top2);
    const order = [4, 2, 0, 3];
    const b = buildResult(
      [...order.map((i) => CODES[i]!), '99.01.03.2002'],
      { d1: [...order.map((i) => D1[i]!), 5] },
      { d1: 1 },
      top2,
    );
    const c = compareResults(a, b);
    expect(c.onlyInA).toEqual(['99.01.01.2002']);
    expect(c.onlyInB).toEqual(['99.01.03.2002']);
    expect(c.villages.map((v) => v.code)).toEqual([
      '99.01.01.2001',
      '99.01.02.2001',
      '99.01.02.2002',
      '99.01.03.2001',
    ]);
    expect(c.villages.map((v) => v.shift)).toEqual([0, -1, -1, -1]);
    expect(c.spearman).toBeCloseTo(1, 14);
    // a selects 2001 and 2002 of kec 01; b selects 99.01.01.2001 and 99.01.02.2001.
    expect(c.selectedBoth).toBe(1);
    expect(c.jaccard).toBeCloseTo(1 / 3, 15);
  });

  it('compareResults does not mutate its inputs', () => {
    const a = buildResult(CODES, { d1: D1, rtlh: RTLH }, { d1: 1, rtlh: 0 }, top2);
    const b = buildResult(CODES, { d1: D1, rtlh: RTLH }, { d1: 0, rtlh: 1 }, top2);
    const before = structuredClone([a, b]);
    compareResults(Object.freeze(a), Object.freeze(b));
    expect([a, b]).toEqual(before);
  });
});
