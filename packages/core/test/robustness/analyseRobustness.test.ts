import { generateDistrict, generateNational } from '@lokus/synth';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioIndicator } from '../../src/index.ts';
import { analyseRobustness } from '../../src/robustness/analyseRobustness.ts';
import { mergeRobustnessParts } from '../../src/robustness/mergeRobustnessParts.ts';
import {
  prepareRobustness,
  ROBUSTNESS_RANK_MAX_VILLAGES,
  type RobustnessModel,
} from '../../src/robustness/prepareRobustness.ts';
import { runRobustnessDraws } from '../../src/robustness/runRobustnessDraws.ts';
import { choiceOf, sampleDraw } from '../../src/robustness/sampleChoice.ts';
import { summariseRobustness } from '../../src/robustness/summariseRobustness.ts';
import type { RobustnessSpec } from '../../src/robustness/types.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import { createTable } from '../../src/table/createTable.ts';
import { createTableFromColumns } from '../../src/table/createTableFromColumns.ts';

const district = generateDistrict({ seed: 3 });
const { table } = createTable(district.records);

const label = (id: string) => ({ id, en: id });
const indicators: ScenarioIndicator[] = [
  {
    id: 'desil1_pct',
    column: 'desil1_kk',
    denominator: 'kk_total',
    per: 100,
    label: label('desil 1'),
    kind: 'rate',
    direction: 'higher-is-worse',
  },
  { id: 'stunting_pct', label: label('stunting'), kind: 'rate', direction: 'higher-is-worse' },
  {
    id: 'rtlh_per100kk',
    column: 'rtlh_unit',
    denominator: 'kk_total',
    per: 100,
    label: label('RTLH'),
    kind: 'rate',
    direction: 'higher-is-worse',
  },
  { id: 'idm', label: label('IDM'), kind: 'index', direction: 'higher-is-better' },
];

/** A scenario with every selection rule: quota, forced in and out, carry-over, eligibility. */
const scenario: Scenario = {
  name: 'Robustness test',
  indicators,
  missing: 'median',
  select: {
    mode: 'top-n',
    n: 25,
    quota: { min: 1, max: 3 },
    eligibility: { kinds: ['desa'] },
    include: [{ code: table.code[100]!, reason: 'disaster' }],
    exclude: [{ code: table.code[7]!, reason: 'other programme' }],
    carryOver: [table.code[10]!, table.code[50]!, table.code[200]!],
  },
};
const withSpec = (robustness: RobustnessSpec, base: Scenario = scenario) => ({
  ...base,
  robustness,
});
const prepare = (robustness: RobustnessSpec, base: Scenario = scenario): RobustnessModel => {
  const { model, diagnostics } = prepareRobustness(table, withSpec(robustness, base));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return model!;
};

describe('analyseRobustness with zero perturbation', { timeout: 60_000 }, () => {
  const variants: [string, Scenario, RobustnessSpec][] = [
    ['weights none', scenario, { draws: 40, weights: { method: 'none' }, sobol: 0 }],
    ['uniform factor 0', scenario, { draws: 40, weights: { factor: 0 }, sobol: 0 }],
    [
      'geometric, z-scores, threshold mode',
      {
        ...scenario,
        normalise: { method: 'zscore' },
        aggregate: { method: 'geometric' },
        select: { mode: 'threshold', threshold: 0.5, quota: { max: 4 } },
      },
      { draws: 20, weights: { factor: 0 } },
    ],
    [
      'TOPSIS, top-percent',
      {
        ...scenario,
        aggregate: { method: 'topsis' },
        select: { mode: 'top-percent', percent: 12, quota: { min: 1 } },
      },
      { draws: 20, weights: { method: 'none' } },
    ],
  ];
  for (const [name, base, spec] of variants) {
    it(`analyseRobustness (${name}): every draw equals the scenario's own result`, () => {
      const own = runScenario(table, base).stages!;
      const { result } = analyseRobustness(table, withSpec(spec, base));
      const draws = result!.spec.draws;
      expect(result!.changes).toEqual({ mean: 0, median: 0, p95: 0, max: 0 });
      expect(result!.meanLoci).toBe(own.selected.count);
      expect([...result!.probability]).toEqual([...own.selected.selected]);
      expect(result!.flag).toEqual(
        [...own.selected.selected].map((s) => (s === 1 ? 'stable-locus' : 'stable-non-locus')),
      );
      const rank = own.ranked.rank;
      expect([...result!.rank!.median]).toEqual([...rank]);
      expect([...result!.rank!.low]).toEqual([...rank]);
      expect([...result!.rank!.high]).toEqual([...rank]);
      expect(result!.sobol).toBeNull();
      expect(draws).toBeGreaterThan(0);
    });
  }
});

describe('analyseRobustness with perturbation', { timeout: 60_000 }, () => {
  const spec: RobustnessSpec = {
    draws: 300,
    seed: 11,
    weights: { method: 'uniform', factor: 0.5 },
    normalise: ['minmax', 'zscore', 'rank'],
    aggregate: ['arithmetic', 'geometric'],
    dropIndicator: 0.2,
    sobol: 64,
  };
  const { result } = analyseRobustness(table, withSpec(spec));
  const r = result!;

  it('probabilities are in [0, 1] and sum to the mean number of loci per draw', () => {
    for (const p of r.probability) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    const sum = r.probability.reduce((s, p) => s + p, 0);
    expect(sum).toBeCloseTo(r.meanLoci, 9);
    // The forced village is always in, the excluded one never; some villages are borderline.
    expect(r.probability[100]).toBe(1);
    expect(r.probability[7]).toBe(0);
    expect(r.flag.filter((f) => f === 'borderline').length).toBeGreaterThan(0);
    expect(r.changes.max).toBeGreaterThan(0);
  });

  it('flags follow the stated thresholds', () => {
    const { stableLocus, stableNonLocus } = r.spec.thresholds;
    expect([stableLocus, stableNonLocus]).toEqual([0.9, 0.1]);
    r.flag.forEach((f, i) => {
      const p = r.probability[i]!;
      expect(f).toBe(
        p >= stableLocus ? 'stable-locus' : p <= stableNonLocus ? 'stable-non-locus' : 'borderline',
      );
    });
  });

  it('rank intervals hold the median rank (5th ≤ median ≤ 95th percentile)', () => {
    const { median, low, high } = r.rank!;
    for (let i = 0; i < table.length; i++) {
      expect(low[i]!).toBeLessThanOrEqual(median[i]!);
      expect(median[i]!).toBeLessThanOrEqual(high[i]!);
      expect(low[i]!).toBeGreaterThanOrEqual(1);
      expect(high[i]!).toBeLessThanOrEqual(table.length);
    }
  });

  it('the same seed gives identical output; another seed a different one', () => {
    expect(analyseRobustness(table, withSpec(spec)).result).toEqual(r);
    const other = analyseRobustness(table, withSpec({ ...spec, seed: 12 })).result!;
    expect([...other.probability]).not.toEqual([...r.probability]);
  });

  it('Sobol indices name every varied choice and lie in a plausible range', () => {
    expect(r.sobol!.indices.map((s) => s.factor)).toEqual([
      'weights',
      'normalise',
      'aggregate',
      'dropIndicator',
    ]);
    expect(r.sobol!.samples).toBe(64);
    expect(r.sobol!.variance).toBeGreaterThan(0);
    for (const s of r.sobol!.indices) expect(s.total).toBeGreaterThanOrEqual(0);
  });

  it('draws split into ranges and merged equal one run', () => {
    const model = prepare(spec);
    const whole = runRobustnessDraws(model, { to: 120 });
    const parts = [
      runRobustnessDraws(prepare(spec), { from: 80, to: 120 }),
      runRobustnessDraws(model, { from: 0, to: 33 }),
      runRobustnessDraws(model, { from: 33, to: 80 }),
    ];
    const merged = mergeRobustnessParts(parts);
    expect(merged).toEqual(whole);
    expect(summariseRobustness(model, merged, null)).toEqual(
      summariseRobustness(model, whole, null),
    );
    expect(() => mergeRobustnessParts([parts[0]!, parts[1]!])).toThrow(
      /^mergeRobustnessParts requires consecutive ranges/,
    );
  });

  it('two runs sharing one range through claim, one walking down, tile it and merge to one run', () => {
    const model = prepare(spec);
    const whole = runRobustnessDraws(model, { from: 10, to: 130 });
    for (const head of [0, 37, 120]) {
      // The shared count of claimed draws of the range (120 draws).
      let taken = 0;
      const claim = (): boolean => taken++ < 120;
      // The walk down claims `head` draws before the walk up starts; the walk up takes the rest.
      const down = runRobustnessDraws(prepare(spec), {
        from: 10,
        to: 130,
        descending: true,
        claim: () => taken < head && claim(),
      });
      const up = runRobustnessDraws(model, { from: 10, to: 130, claim });
      expect([down.from, down.to, up.from, up.to]).toEqual([130 - head, 130, 10, 130 - head]);
      expect(mergeRobustnessParts([down, up]), `head ${head}`).toEqual(whole);
    }
  });

  it("a draw's loci are those runScenario picks with the draw's weights and methods", () => {
    const model = prepare(spec);
    const selected = new Uint8Array(table.length);
    for (const d of [0, 1, 2, 3, 4, 5, 6, 7]) {
      const choice = choiceOf(model.spec, sampleDraw(model, d));
      model.select(model.score(choice), selected);
      const run = runScenario(table, {
        ...scenario,
        indicators: indicators.map((ind, j) => ({ ...ind, weight: choice.weights[j]! })),
        weights: { method: 'manual' },
        normalise: { method: choice.normalise },
        aggregate: { method: choice.aggregate },
      });
      expect([...selected], `draw ${d}`).toEqual([...run.stages!.selected.selected]);
      const excluded = run.stages!.excluded;
      const expected = run.stages!.aggregated.score.map((s, i) => (excluded[i] ? Number.NaN : s));
      expect([...model.score(choice)], `draw ${d}`).toEqual([...expected]);
    }
  });

  it('without ranks, the draws tally the same selections and the rank intervals are null', () => {
    const model = prepare(spec);
    const plain = runRobustnessDraws(model, { to: 50, ranks: false });
    const ranked = runRobustnessDraws(model, { to: 50 });
    expect(plain.rankHistogram).toBeNull();
    expect(plain.selectedCount).toEqual(ranked.selectedCount);
    expect(summariseRobustness(model, plain, null).rank).toBeNull();
  });
});

describe('leaveOneIndicatorOut', { timeout: 60_000 }, () => {
  it('leaving an indicator out equals runScenario with its weight set to 0', () => {
    const { result } = analyseRobustness(table, withSpec({ draws: 1, sobol: 0 }));
    const base = runScenario(table, scenario).stages!.selected.selected;
    expect(result!.leaveOneOut.map((e) => e.indicator)).toEqual(indicators.map((i) => i.id));
    let changed = 0;
    indicators.forEach((_, k) => {
      const run = runScenario(table, {
        ...scenario,
        indicators: indicators.map((ind, j) => ({ ...ind, weight: j === k ? 0 : 1 })),
        weights: { method: 'manual' },
      }).stages!.selected.selected;
      const entered = table.code.filter((_, i) => run[i] === 1 && base[i] === 0);
      const left = table.code.filter((_, i) => run[i] === 0 && base[i] === 1);
      expect(result!.leaveOneOut[k]).toEqual({ indicator: indicators[k]!.id, entered, left });
      changed += entered.length + left.length;
    });
    expect(changed).toBeGreaterThan(0);
  });
});

describe('prepareRobustness', { timeout: 60_000 }, () => {
  it('prepareRobustness does not mutate the table or the scenario', () => {
    const before = structuredClone({ table, scenario });
    analyseRobustness(table, withSpec({ draws: 20, normalise: ['minmax', 'rank'], sobol: 8 }));
    expect({ table, scenario }).toEqual(before);
  });

  it('prepareRobustness reports an invalid block with SCENARIO_INVALID and its path', () => {
    const { model, diagnostics } = prepareRobustness(
      table,
      withSpec({ draws: 0, normalise: ['goalposts'] }),
    );
    expect(model).toBeNull();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.path)).toEqual([
      'robustness.draws',
    ]);
    const goalposts = prepareRobustness(table, withSpec({ normalise: ['goalposts'] }));
    expect(goalposts.diagnostics.filter((d) => d.severity === 'error').map((d) => d.path)).toEqual([
      'robustness.normalise[0]',
    ]);
  });

  it('options.spec overrides the scenario block', () => {
    const { model } = prepareRobustness(table, withSpec({ draws: 5 }), { spec: { draws: 7 } });
    expect(model!.spec.draws).toBe(7);
  });

  it(`above ${ROBUSTNESS_RANK_MAX_VILLAGES} villages, rank intervals are null and the rest is computed`, () => {
    const nation = generateNational({ seed: 2, villages: 5000, indicators: 4 });
    const big = createTableFromColumns(nation.columns).table;
    const { result } = analyseRobustness(big, {
      name: 'big',
      indicators: nation.indicators,
      missing: 'median',
      select: { mode: 'top-n', n: 500, quota: { min: 1, max: 3 } },
      robustness: { draws: 4, sobol: 0 },
    });
    expect(result!.rank).toBeNull();
    expect(result!.probability.reduce((s, p) => s + p, 0)).toBeCloseTo(result!.meanLoci, 9);
    expect(result!.meanLoci).toBe(500);
  });
});
