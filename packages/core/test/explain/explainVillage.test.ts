import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/aggregate/index.ts';
import { explainVillage } from '../../src/explain/explainVillage.ts';
import { rankScores } from '../../src/rank/rankScores.ts';
import type { ImputeOutput, ScenarioResult, Stages } from '../../src/result.ts';
import type { AggregateMethod, ScenarioIndicator, SelectSpec } from '../../src/scenario/types.ts';
import { selectLoci } from '../../src/select/selectLoci.ts';
import type { VillageTable } from '../../src/types.ts';

interface Fixture {
  readonly method: AggregateMethod;
  readonly select?: SelectSpec;
  readonly missingRaw?: Readonly<Record<string, number>>;
}

const CODES = ['33.21.01.2001', '33.21.01.2002', '33.21.02.2001', '33.21.02.1001', '33.21.03.2001'];
const NAMES = ['Sukamaju', 'Sukamundur', 'Karanganyar', 'Kauman', 'Tegalsari'];
const KEC_NAMES: Record<string, string> = {
  '33.21.01': 'Kaliwungu',
  '33.21.02': 'Sayung',
  '33.21.03': 'Mranggen',
};
const INDICATORS: readonly ScenarioIndicator[] = [
  {
    id: 'd1',
    label: { id: 'KK desil 1', en: 'Desil 1 households' },
    kind: 'count',
    direction: 'higher-is-worse',
    cutoff: 30,
  },
  {
    id: 'rtlh',
    label: { id: 'Rumah tidak layak huni', en: 'Uninhabitable houses' },
    kind: 'count',
    direction: 'higher-is-worse',
    cutoff: 10,
  },
  {
    id: 'idm',
    label: { id: 'IDM', en: 'IDM' },
    kind: 'index',
    direction: 'higher-is-better',
    cutoff: 0.6,
  },
];
const RAW: Record<string, number[]> = {
  d1: [40, 10, 25, 60, 5],
  rtlh: [12, 3, 20, 8, 1],
  idm: [0.55, 0.8, 0.62, 0.7, 0.9],
};
const WEIGHTS = { d1: 0.5, rtlh: 0.3, idm: 0.2 };

/** Oriented min–max to [0, 100], computed here independently of the normalise stage. */
function minmax(x: readonly number[], higherIsBetter: boolean): Float64Array {
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  return Float64Array.from(x, (v) => (100 * (higherIsBetter ? hi - v : v - lo)) / (hi - lo));
}

/** A ScenarioResult built by hand: every stage from the small arrays above. */
function buildResult(f: Fixture): ScenarioResult {
  const n = CODES.length;
  const table: VillageTable = {
    length: n,
    code: CODES,
    name: NAMES,
    kecamatan: CODES.map((c) => c.slice(0, 8)),
    kecamatanName: CODES.map((c) => KEC_NAMES[c.slice(0, 8)]!),
    kabupaten: CODES.map((c) => c.slice(0, 5)),
    province: CODES.map(() => '33'),
    kind: CODES.map((c) => (c[9] === '1' ? 'kelurahan' : 'desa')),
    columns: {},
  };
  const raw: Record<string, Float64Array> = {};
  const imputed: Record<string, ImputeOutput> = {};
  const treated: Record<string, Stages['treated'][string]> = {};
  const normalised: Record<string, Float64Array> = {};
  for (const ind of INDICATORS) {
    const values = Float64Array.from(RAW[ind.id]!);
    const flags = new Uint8Array(n);
    const rawValues = values.slice();
    const missingAt = f.missingRaw?.[ind.id];
    if (missingAt !== undefined) {
      rawValues[missingAt] = Number.NaN;
      flags[missingAt] = 1;
    }
    raw[ind.id] = rawValues;
    imputed[ind.id] = { values, imputed: flags };
    treated[ind.id] = {
      values,
      log: {
        indicator: ind.id,
        requested: 'none',
        applied: 'none',
        skew: 0,
        kurtosis: 0,
        skewAfter: 0,
        kurtosisAfter: 0,
        winsorisedLow: 0,
        winsorisedHigh: 0,
      },
    };
    normalised[ind.id] = minmax(RAW[ind.id]!, ind.direction === 'higher-is-better');
  }
  const { output: aggregated } = aggregate(
    { method: f.method, k: 0.3 },
    { normalised, treated: imputedValues(imputed), weights: WEIGHTS, indicators: INDICATORS },
  );
  const ranked = rankScores(aggregated.score, { codes: table.code, groups: table.kecamatan });
  const selectSpec = f.select ?? { mode: 'top-n', n: 2 };
  const selection = selectLoci(
    { table, score: aggregated.score, ranked, columns: raw },
    selectSpec,
  );
  const stages: Stages = {
    raw,
    imputed,
    excluded: new Uint8Array(n),
    treated,
    normalised,
    weights: { method: 'manual', weights: WEIGHTS },
    aggregated,
    ranked,
    selected: selection.output,
    classes: { scheme: 'quantile', k: 1, bins: [1], classOf: new Int32Array(n), counts: [n] },
  };
  return {
    ok: true,
    scenario: {
      name: 'Uji',
      description: '',
      year: 2025,
      indicators: INDICATORS,
      missing: 'none',
      treat: { method: 'none', skewMax: 2, kurtMax: 3.5, winsorMax: 5 },
      normalise: { method: 'minmax', range: [0, 100] },
      weights: { method: 'manual' },
      aggregate: { method: f.method, k: 0.3 },
      select: selectSpec,
      classify: { scheme: 'quantile', k: 1 },
    },
    table,
    indicators: INDICATORS.map((i) => i.id),
    stages,
    diagnostics: [],
    provenance: { inputHash: '', scenarioHash: '', library: '@lokus/core', version: '0' },
  };
}

function imputedValues(imputed: Stages['imputed']): Record<string, Float64Array> {
  return Object.fromEntries(Object.entries(imputed).map(([k, v]) => [k, v.values]));
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe('explainVillage', () => {
  it('explainVillage(arithmetic) gives contributions w_j·x_ij that add up to the score', () => {
    const result = buildResult({ method: 'arithmetic' });
    for (let i = 0; i < CODES.length; i++) {
      const e = explainVillage(result, i);
      expect(e.scale).toBe('score');
      const contributions = e.indicators.map((d) => d.contribution);
      expect(sum(contributions)).toBeCloseTo(result.stages!.aggregated.score[i]!, 12);
      expect(e.total).toBeCloseTo(e.score, 12);
      // Independent check: w_j × normalised value.
      e.indicators.forEach((d) => {
        expect(d.contribution).toBeCloseTo(d.weight * d.normalised, 12);
      });
    }
  });

  it('explainVillage(geometric) works on the log scale: contributions add up to ln(score)', () => {
    const result = buildResult({ method: 'geometric' });
    for (let i = 0; i < CODES.length; i++) {
      const e = explainVillage(result, i);
      expect(e.scale).toBe('log-score');
      expect(e.methodNote.en).toMatch(/ln\(score\)/);
      expect(e.total).toBeCloseTo(Math.log(e.score), 10);
    }
  });

  it('explainVillage(alkire-foster) lists deprivations; their weights add up to the score', () => {
    const result = buildResult({ method: 'alkire-foster' });
    const e = explainVillage(result, 0);
    // Sukamaju: d1 40 > 30, rtlh 12 > 10, idm 0.55 < 0.6 → deprived in all three.
    expect(e.indicators.map((d) => d.deprived)).toEqual([true, true, true]);
    expect(e.total).toBeCloseTo(1, 12);
    for (let i = 0; i < CODES.length; i++) {
      const x = explainVillage(result, i);
      expect(x.total).toBeCloseTo(x.score, 12);
      x.indicators.forEach((d) => {
        expect(d.contribution).toBe(d.deprived ? d.weight : 0);
      });
    }
  });

  it('explainVillage(topsis) shares of the squared distance to the anti-ideal add up to 1 and match dMinus', () => {
    const result = buildResult({ method: 'topsis' });
    for (let i = 0; i < 4; i++) {
      const e = explainVillage(result, i);
      expect(e.scale).toBe('squared-distance-share');
      expect(e.total).toBeCloseTo(1, 12);
    }
    // Village 0 by hand (Hwang & Yoon): v_ij = w_j x_ij / ‖x_j‖, anti-ideal = least needy v_j.
    const terms = INDICATORS.map((ind) => {
      const x = RAW[ind.id]!;
      const scale = WEIGHTS[ind.id as keyof typeof WEIGHTS] / Math.hypot(...x);
      const worst = ind.direction === 'higher-is-worse' ? Math.min(...x) : Math.max(...x);
      return ((x[0]! - worst) * scale) ** 2;
    });
    const e0 = explainVillage(result, 0);
    e0.indicators.forEach((d, j) => {
      expect(d.contribution).toBeCloseTo(terms[j]! / sum(terms), 12);
    });
    // The same squared distance is what TOPSIS reports as dMinus.
    expect(Math.sqrt(sum(terms))).toBeCloseTo(result.stages!.aggregated.details.dMinus![0]!, 12);
    // Village 4 (Tegalsari) is the least needy on every indicator: it is the anti-ideal point.
    expect(result.stages!.aggregated.details.dMinus![4]).toBe(0);
    expect(explainVillage(result, 4).indicators.map((d) => d.contribution)).toEqual([0, 0, 0]);
  });

  it('explainVillage(vikor) contributions add up to 1 − S', () => {
    const result = buildResult({ method: 'vikor' });
    for (let i = 0; i < CODES.length; i++) {
      const e = explainVillage(result, i);
      expect(e.total).toBeCloseTo(1 - result.stages!.aggregated.details.S![i]!, 12);
    }
  });

  it('explainVillage(copeland) gives weighted shares of villages beaten per indicator', () => {
    const result = buildResult({ method: 'copeland' });
    const e = explainVillage(result, 3);
    // Kauman has the largest d1 of 5 villages: it beats all 4 others on d1.
    expect(e.indicators[0]!.contribution).toBeCloseTo(0.5, 12);
    // District average of such shares is w_j / 2 (every pair is split between two villages).
    e.indicators.forEach((d) => {
      expect(d.average).toBeCloseTo(d.weight / 2, 12);
    });
  });

  it('explainVillage reports raw, imputed, treated and normalised values per indicator', () => {
    const result = buildResult({ method: 'arithmetic', missingRaw: { rtlh: 2 } });
    const e = explainVillage(result, 2);
    const rtlh = e.indicators[1]!;
    expect(rtlh.id).toBe('rtlh');
    expect(rtlh.raw).toBeNaN();
    expect(rtlh.imputed).toBe(true);
    expect(rtlh.treated).toBe(20);
    expect(rtlh.normalised).toBe(100);
    expect(rtlh.weight).toBeCloseTo(0.3, 15);
  });

  it('explainVillage picks as drivers the indicators furthest above the district average', () => {
    const result = buildResult({ method: 'arithmetic' });
    const e = explainVillage(result, 3, { top: 2 });
    const relative = e.indicators.map((d) => d.contribution - d.average);
    const expected = e.indicators
      .filter((_, j) => relative[j]! > 0)
      .sort((a, b) => b.relative - a.relative)
      .slice(0, 2)
      .map((d) => d.id);
    expect(e.drivers.map((d) => d.id)).toEqual(expected);
    expect(e.drivers.length).toBeGreaterThan(0);
    // Averages are the mean contribution over the 5 ranked villages.
    const all = CODES.map((_, i) => explainVillage(result, i).indicators[0]!.contribution);
    expect(e.indicators[0]!.average).toBeCloseTo(sum(all) / 5, 12);
  });

  it('explainVillage gives ranks overall and in the kecamatan and the selection reason', () => {
    const result = buildResult({ method: 'arithmetic' });
    const ranked = result.stages!.ranked;
    for (let i = 0; i < CODES.length; i++) {
      const e = explainVillage(result, i);
      expect(e.rank).toBe(ranked.rank[i]);
      expect(e.rankInKecamatan).toBe(ranked.rankInKecamatan[i]);
      expect(e.rankedCount).toBe(5);
      expect(e.reason).toBe(result.stages!.selected.reason[i]);
      expect(e.selected).toBe(result.stages!.selected.selected[i] === 1);
    }
  });

  it('explainVillage writes a plain-text paragraph in Indonesian and in English', () => {
    const result = buildResult({
      method: 'arithmetic',
      select: { mode: 'top-n', n: 1, include: [{ code: '3321032001', reason: 'Rawan banjir' }] },
    });
    const top = Array.from(result.stages!.ranked.order)[0]!;
    const e = explainVillage(result, top);
    expect(e.paragraph.id).toMatch(
      new RegExp(
        `^(Desa|Kelurahan) ${NAMES[top]} \\(Kec\\. \\S+, ${CODES[top]!.replace(/\./g, '\\.')}\\) berada di peringkat 1 dari 5 `,
      ),
    );
    expect(e.paragraph.en).toMatch(/is ranked 1 of 5 ranked villages/);
    expect(e.text).toBe(e.paragraph.id);
    expect(explainVillage(result, top, { locale: 'en' }).text).toBe(e.paragraph.en);
    const forced = explainVillage(result, 4);
    expect(forced.paragraph.id).toMatch(
      /Terpilih sebagai lokus: ditetapkan masuk: Rawan banjir\.$/,
    );
    expect(forced.paragraph.en).toMatch(/Selected as a locus: Forced in: Rawan banjir\.$/);
    for (const text of [e.paragraph.id, e.paragraph.en, forced.paragraph.id]) {
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/NaN|undefined/);
    }
  });

  it('explainVillage uses a decimal comma in Indonesian', () => {
    const result = buildResult({ method: 'arithmetic' });
    const e = explainVillage(result, 1);
    expect(e.paragraph.id).toMatch(/skor \d+,\d+/);
    expect(e.paragraph.en).toMatch(/score of \d+\.\d+/);
  });

  it('explainVillage(result, out-of-range index) throws', () => {
    const result = buildResult({ method: 'arithmetic' });
    expect(() => explainVillage(result, 5)).toThrow(/^explainVillage requires an index/);
    expect(() => explainVillage({ ...result, stages: null }, 0)).toThrow(
      /^explainVillage requires a result with stages/,
    );
  });

  it('explainVillage does not mutate the result', () => {
    const result = buildResult({ method: 'arithmetic' });
    const before = structuredClone(result);
    explainVillage(Object.freeze(result), 2);
    expect(result).toEqual(before);
  });
});
