import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';
import type { Scenario, ScenarioIndicator } from '../../src/scenario/types.ts';
import { convertWeights } from '../../src/weight/convertWeights.ts';
import { effectiveWeights } from '../../src/weight/effectiveWeights.ts';
import { resolveWeights } from '../../src/weight/resolveWeights.ts';

const ind = (id: string, extra: Partial<ScenarioIndicator> = {}): ScenarioIndicator => ({
  id,
  label: { id, en: id },
  kind: 'count',
  direction: 'higher-is-worse',
  ...extra,
});

function ranWeights(s: Scenario): Record<string, number> {
  const { scenario, diagnostics } = resolveScenario(s);
  expect(diagnostics).toEqual([]);
  return { ...resolveWeights(scenario!.weights, scenario!.indicators, {}).weights };
}

describe('convertWeights', () => {
  const campuran: Scenario = Object.freeze<Scenario>({
    name: 'c',
    indicators: [
      ind('a', { dimension: 'DTSEN', weight: 1 }),
      ind('b', { dimension: 'DTSEN', weight: 3 }),
      ind('c', { dimension: 'IDM' }),
    ],
    weights: { method: 'nested', dimensions: { DTSEN: 2, IDM: 1 } },
  });

  it('convertWeights nested → manual keeps every effective share', () => {
    const out = convertWeights(campuran, 'manual');
    expect(out.weights).toEqual({ method: 'manual' });
    const w = ranWeights(out);
    expect(w.a).toBeCloseTo(1 / 6, 12);
    expect(w.b).toBeCloseTo(0.5, 12);
    expect(w.c).toBeCloseTo(1 / 3, 12);
  });

  it('convertWeights manual → nested keeps every effective share; indicators without a dimension get their own', () => {
    const s: Scenario = {
      name: 'm',
      indicators: [
        ind('a', { weight: 2 }),
        ind('b', { weight: 1, dimension: 'X' }),
        ind('c', { weight: 1, dimension: 'X' }),
      ],
      weights: { method: 'manual' },
    };
    const out = convertWeights(s, 'nested');
    expect(out.weights?.method).toBe('nested');
    expect(ranWeights(out)).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
  });

  it('convertWeights to equal or entropy changes only the method', () => {
    expect(convertWeights(campuran, 'equal').weights).toEqual({ method: 'equal' });
    expect(convertWeights(campuran, 'entropy').indicators).toBe(campuran.indicators);
  });

  it('convertWeights from entropy needs the last run weights', () => {
    const s: Scenario = {
      name: 'e',
      indicators: [ind('a'), ind('b')],
      weights: { method: 'entropy' },
    };
    expect(() => convertWeights(s, 'manual')).toThrow(/options.current/);
    expect(ranWeights(convertWeights(s, 'manual', { current: { a: 0.3, b: 0.7 } }))).toEqual({
      a: 0.3,
      b: 0.7,
    });
  });

  it('convertWeights round trip (property): manual → nested → manual keeps the shares', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            w: fc.double({ min: 0, max: 5, noNaN: true }),
            d: fc.constantFrom('A', 'B'),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (list) => {
          const s: Scenario = {
            name: 'p',
            indicators: list.map((x, j) => ind(`i${j}`, { weight: x.w, dimension: x.d })),
            weights: { method: 'manual' },
          };
          const start = effectiveWeights(s);
          const back = convertWeights(convertWeights(s, 'nested'), 'manual');
          const w = ranWeights(back);
          for (const [id, x] of Object.entries(start)) expect(w[id]).toBeCloseTo(x, 9);
        },
      ),
    );
  });
});
