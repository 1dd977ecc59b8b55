import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';
import { scenarioDefaults } from '../../src/scenario/vocabulary.ts';

const idm = {
  id: 'idm',
  label: { id: 'Indeks Desa Membangun', en: 'Village Development Index' },
  kind: 'index',
  direction: 'higher-is-better',
} as const;
const desil1 = {
  id: 'desil1_kk',
  label: { id: 'KK desil 1', en: 'Desil 1 households' },
  kind: 'count',
  direction: 'higher-is-worse',
} as const;

const codes = (input: unknown): string[] =>
  resolveScenario(input).diagnostics.map((d) => `${d.code}@${d.path}`);

describe('resolveScenario', () => {
  it('resolveScenario fills every default and keeps what was given', () => {
    const { scenario, diagnostics } = resolveScenario({
      name: 'IDM',
      indicators: [idm],
      normalise: { method: 'rank' },
    });
    expect(diagnostics).toEqual([]);
    expect(scenario).toMatchObject({
      name: 'IDM',
      description: '',
      year: null,
      missing: scenarioDefaults.missing,
      treat: scenarioDefaults.treat,
      normalise: { method: 'rank', range: [0, 100] },
      weights: { method: 'equal' },
      aggregate: scenarioDefaults.aggregate,
      select: scenarioDefaults.select,
      classify: scenarioDefaults.classify,
    });
  });

  it('resolveScenario never mutates its input', () => {
    const input = Object.freeze({
      name: 'x',
      indicators: Object.freeze([Object.freeze({ ...idm })]),
      treat: Object.freeze({ method: 'coinr' }),
    });
    const before = JSON.stringify(input);
    resolveScenario(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('resolveScenario reports schema problems with their JSON path', () => {
    expect(codes(null)).toEqual(['SCENARIO_INVALID@']);
    expect(codes({ indicators: [] })).toEqual(
      ['SCENARIO_INVALID@indicators', 'SCENARIO_INVALID@name'].sort((a, b) => (a < b ? 1 : -1)),
    );
    expect(codes({ name: 'x', indicators: [{ ...idm, direction: 'up' }] })).toEqual([
      'SCENARIO_INVALID@indicators[0].direction',
    ]);
    expect(codes({ name: 'x', indicators: [idm], select: { mode: 'top-n', n: -3 } })).toEqual([
      'SCENARIO_INVALID@select.n',
    ]);
    expect(codes({ name: 'x', indicators: [idm], wieghts: {} })).toEqual([
      'SCENARIO_INVALID@wieghts',
    ]);
  });

  it('resolveScenario messages say what is wrong and what was given', () => {
    const [d] = resolveScenario({
      name: 'x',
      indicators: [{ ...idm, kind: 'percent' }],
    }).diagnostics;
    expect(d?.message).toBe(
      'indicators[0].kind must be one of "count", "rate", "share", "index", "binary", got "percent".',
    );
  });

  it('resolveScenario checks the rules a schema cannot express', () => {
    expect(codes({ name: 'x', indicators: [idm, idm] })).toEqual([
      'SCENARIO_INVALID@indicators[1].id',
    ]);
    expect(codes({ name: 'x', indicators: [idm, desil1], weights: { method: 'manual' } })).toEqual([
      'SCENARIO_INVALID@indicators[0].weight',
      'SCENARIO_INVALID@indicators[1].weight',
    ]);
    expect(codes({ name: 'x', indicators: [idm], aggregate: { method: 'alkire-foster' } })).toEqual(
      ['SCENARIO_INVALID@indicators[0].cutoff'],
    );
    expect(codes({ name: 'x', indicators: [idm], normalise: { method: 'goalposts' } })).toEqual([
      'SCENARIO_INVALID@indicators[0].goalposts',
    ]);
    expect(codes({ name: 'x', indicators: [idm], select: { mode: 'threshold' } })).toEqual([
      'SCENARIO_INVALID@select.threshold',
    ]);
    expect(
      codes({
        name: 'x',
        indicators: [idm],
        select: { mode: 'top-n', n: 5, quota: { min: 3, max: 2 } },
      }),
    ).toEqual(['SCENARIO_INVALID@select.quota']);
    expect(
      codes({ name: 'x', indicators: [idm], classify: { scheme: 'manual', breaks: [3, 1] } }),
    ).toEqual(['SCENARIO_INVALID@classify.breaks']);
    expect(codes({ name: 'x', indicators: [{ ...idm, goalposts: [1, 0] }] })).toEqual([
      'SCENARIO_INVALID@indicators[0].goalposts',
    ]);
    expect(codes({ name: 'x', indicators: [idm], weights: { method: 'nested' } })).toEqual([
      'SCENARIO_INVALID@indicators[0].dimension',
    ]);
  });

  it('resolveScenario accepts a complete scenario without complaint', () => {
    const { diagnostics, scenario } = resolveScenario({
      name: 'Campuran',
      year: 2026,
      indicators: [
        { ...idm, weight: 1, dimension: 'IDM', cutoff: 0.6 },
        { ...desil1, weight: 2, denominator: 'kk_total', per: 100, dimension: 'DTSEN', cutoff: 20 },
      ],
      missing: 'kecamatan-median',
      treat: { method: 'coinr', winsorMax: 3 },
      weights: { method: 'manual' },
      aggregate: { method: 'alkire-foster', k: 0.5 },
      select: {
        mode: 'top-n',
        n: 25,
        quota: { min: 1, max: 3 },
        eligibility: { kinds: ['desa'], minimum: [{ indicator: 'desil1_kk', min: 5 }] },
        include: [{ code: '33.21.01.2001', reason: 'Banjir 2025' }],
        carryOver: ['3321012002'],
      },
      classify: { scheme: 'fisher-jenks', k: 5 },
    });
    expect(diagnostics).toEqual([]);
    expect(scenario?.treat).toEqual({ method: 'coinr', skewMax: 2, kurtMax: 3.5, winsorMax: 3 });
  });
});

describe('resolveScenario robustness block', () => {
  const base = { name: 'R', indicators: [idm, desil1] };

  it('fills the defaults of a declared block and keeps a scenario without one unchanged', () => {
    const { scenario } = resolveScenario({ ...base, robustness: { draws: 200, seed: 7 } });
    expect(scenario?.robustness?.draws).toBe(200);
    expect(scenario?.robustness?.seed).toBe(7);
    expect(scenario?.robustness?.normalise).toEqual([scenario?.normalise.method]);
    expect(resolveScenario(base).scenario).not.toHaveProperty('robustness');
  });

  it('reports a bad block with its path and refuses the scenario', () => {
    expect(codes({ ...base, robustness: { draws: 0 } })).toEqual([
      'SCENARIO_INVALID@robustness.draws',
    ]);
    expect(codes({ ...base, robustness: { bogus: 1 } })).toEqual([
      'SCENARIO_INVALID@robustness.bogus',
    ]);
    expect(resolveScenario({ ...base, robustness: { draws: 0 } }).scenario).toBeNull();
  });

  it('resolveScenario accepts outside sources as https origins only and leaves them out of the run', () => {
    const base = { name: 'IDM', indicators: [idm] };
    const withHost = resolveScenario({ ...base, outsideSources: ['https://tiles.example.org'] });
    expect(withHost.diagnostics).toEqual([]);
    expect(withHost.scenario).toEqual(resolveScenario(base).scenario);
    expect(
      codes({
        ...base,
        outsideSources: ['http://tiles.example.org', 'https://u:p@x.org', 'https://x.org/a'],
      }),
    ).toEqual([
      'SCENARIO_INVALID@outsideSources[0]',
      'SCENARIO_INVALID@outsideSources[1]',
      'SCENARIO_INVALID@outsideSources[2]',
    ]);
  });
});
