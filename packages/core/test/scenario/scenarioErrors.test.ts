import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/scenario/runScenario.ts';
import type { Scenario, ScenarioIndicator } from '../../src/scenario/types.ts';
import { createTable } from '../../src/table/createTable.ts';

const ind = (id: string, extra: Partial<ScenarioIndicator> = {}): ScenarioIndicator => ({
  id,
  label: { id, en: id },
  kind: 'count',
  direction: 'higher-is-worse',
  ...extra,
});

const { table } = createTable(
  [1, 2, 3, 4].map((k) => ({
    code: `33.21.01.200${k}`,
    name: `Desa ${k}`,
    values: { a: k, b: 10 - k, c: k * k, kk: 100 + k },
  })),
);

const codesAndPaths = (s: Scenario) => {
  const r = runScenario(table, s);
  expect(r.ok).toBe(false);
  expect(r.stages).toBeNull();
  return r.diagnostics.map((d) => [d.code, d.path, d.column]);
};

describe('runScenario errors, not throws', () => {
  it('runScenario with all-zero nested dimension weights returns SCENARIO_INVALID at weights.dimensions', () => {
    const s: Scenario = {
      name: 'z',
      indicators: [ind('a', { dimension: 'X' }), ind('b', { dimension: 'Y' })],
      weights: { method: 'nested', dimensions: { X: 0, Y: 0 } },
    };
    expect(() => runScenario(table, s)).not.toThrow();
    expect(codesAndPaths(s)).toEqual([['SCENARIO_INVALID', 'weights.dimensions', undefined]]);
  });

  it('runScenario with a nested dimension whose indicators all weigh 0 returns SCENARIO_INVALID at the first weight', () => {
    const s: Scenario = {
      name: 'z',
      indicators: [
        ind('a', { dimension: 'X' }),
        ind('b', { dimension: 'Y', weight: 0 }),
        ind('c', { dimension: 'Y', weight: 0 }),
      ],
      weights: { method: 'nested' },
    };
    expect(codesAndPaths(s)).toEqual([['SCENARIO_INVALID', 'indicators[1].weight', undefined]]);
  });

  it('runScenario with all-zero manual weights returns SCENARIO_INVALID', () => {
    const s: Scenario = {
      name: 'z',
      indicators: [ind('a', { weight: 0 }), ind('b', { weight: 0 })],
      weights: { method: 'manual' },
    };
    expect(codesAndPaths(s)).toEqual([['SCENARIO_INVALID', 'indicators', undefined]]);
  });

  it('runScenario with listed dimension weights of 0 and an unlisted dimension: the unlisted one takes the mean, 0', () => {
    const s: Scenario = {
      name: 'z',
      indicators: [ind('a', { dimension: 'X' }), ind('b', { dimension: 'Y' })],
      weights: { method: 'nested', dimensions: { X: 0 } },
    };
    expect(codesAndPaths(s)[0]).toEqual(['SCENARIO_INVALID', 'weights.dimensions', undefined]);
    // One positive dimension weight is enough.
    expect(
      runScenario(table, { ...s, weights: { method: 'nested', dimensions: { X: 0, Y: 1 } } }).ok,
    ).toBe(true);
  });

  it('runScenario reports an unknown indicator column with its path, under the indicator id', () => {
    const s: Scenario = { name: 'u', indicators: [ind('a'), ind('d1', { column: 'desil1' })] };
    const r = runScenario(table, s);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.column, d.value])).toEqual([
      ['UNKNOWN_INDICATOR', 'indicators[1].column', 'd1', 'desil1'],
    ]);
    const byId = runScenario(table, { name: 'u', indicators: [ind('nope')] });
    expect(byId.diagnostics.map((d) => [d.path, d.column])).toEqual([['indicators[0].id', 'nope']]);
  });

  it('runScenario reports a mistyped denominator under the indicator id, naming the column in the message', () => {
    const s: Scenario = {
      name: 'u',
      indicators: [
        ind('a'),
        ind('a_pct', { column: 'a', kind: 'rate', denominator: 'kk_totl', per: 100 }),
      ],
    };
    const r = runScenario(table, s, { file: 'desa.csv' });
    expect(r.ok).toBe(false);
    const d = r.diagnostics.filter((x) => x.code === 'UNKNOWN_INDICATOR');
    expect(d.map((x) => [x.path, x.column, x.value, x.file])).toEqual([
      ['indicators[1].denominator', 'a_pct', 'kk_totl', 'desa.csv'],
    ]);
    expect(d[0]!.message).toContain('kk_totl');
    expect(d[0]!.message).toContain('a_pct');
  });
});
