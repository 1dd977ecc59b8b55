import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';
import type { Scenario, ScenarioIndicator } from '../../src/scenario/types.ts';
import { effectiveWeights } from '../../src/weight/effectiveWeights.ts';
import { rebalanceWeights } from '../../src/weight/rebalanceWeights.ts';
import { resolveWeights } from '../../src/weight/resolveWeights.ts';

const ind = (id: string, extra: Partial<ScenarioIndicator> = {}): ScenarioIndicator => ({
  id,
  label: { id, en: id },
  kind: 'index',
  direction: 'higher-is-better',
  ...extra,
});

const idm: Scenario = Object.freeze<Scenario>({
  name: 'IDM',
  indicators: [
    ind('iks', { dimension: 'IKS' }),
    ind('ike', { dimension: 'IKE' }),
    ind('ikl', { dimension: 'IKL' }),
  ],
  weights: { method: 'nested', dimensions: { IKS: 1, IKE: 1, IKL: 1 } },
});

/** Weights as `runScenario` would compute them, after checking the scenario resolves. */
function ranWeights(s: Scenario): Record<string, number> {
  const { scenario, diagnostics } = resolveScenario(s);
  expect(diagnostics).toEqual([]);
  return { ...resolveWeights(scenario!.weights, scenario!.indicators, {}).weights };
}

const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);

describe('rebalanceWeights', () => {
  it('rebalanceWeights on the default IDM scenario: one slider keeps nested weights valid, the others share the rest', () => {
    const out = rebalanceWeights(idm, 'ike', 0.5);
    expect(out.weights?.method).toBe('nested');
    const w = ranWeights(out);
    expect(w.ike).toBeCloseTo(0.5, 12);
    expect(w.iks).toBeCloseTo(0.25, 12);
    expect(w.ikl).toBeCloseTo(0.25, 12);
    expect(idm.weights?.dimensions).toEqual({ IKS: 1, IKE: 1, IKL: 1 });
  });

  it('rebalanceWeights within a dimension leaves the dimension weights alone', () => {
    const s: Scenario = {
      name: 'x',
      indicators: [
        ind('a', { dimension: 'D', weight: 1 }),
        ind('b', { dimension: 'D', weight: 3 }),
        ind('c', { dimension: 'E' }),
      ],
      weights: { method: 'nested', dimensions: { D: 2, E: 1 } },
    };
    const out = rebalanceWeights(s, 'a', 0.5);
    expect(out.weights).toEqual(s.weights);
    const w = ranWeights(out);
    expect(w.a).toBeCloseTo((2 / 3) * 0.5, 12);
    expect(w.b).toBeCloseTo((2 / 3) * 0.5, 12);
    expect(w.c).toBeCloseTo(1 / 3, 12);
  });

  it('rebalanceWeights turns equal weights into manual ones with the moved share', () => {
    const s: Scenario = { name: 'x', indicators: [ind('a'), ind('b'), ind('c'), ind('d')] };
    const w = ranWeights(rebalanceWeights(s, 'b', 0.4));
    const want = { a: 0.2, b: 0.4, c: 0.2, d: 0.2 };
    for (const [id, x] of Object.entries(want)) expect(w[id]).toBeCloseTo(x, 12);
  });

  it('rebalanceWeights never yields all-zero, negative or NaN weights at the edges', () => {
    const s: Scenario = {
      name: 'x',
      indicators: [ind('a', { weight: 1 }), ind('b', { weight: 0 })],
      weights: { method: 'manual' },
    };
    expect(ranWeights(rebalanceWeights(s, 'a', 0))).toEqual({ a: 0, b: 1 });
    expect(ranWeights(rebalanceWeights(s, 'a', -3))).toEqual({ a: 0, b: 1 });
    expect(ranWeights(rebalanceWeights(s, 'b', 7))).toEqual({ a: 0, b: 1 });
    const broken: Scenario = {
      ...s,
      indicators: [ind('a', { weight: Number.NaN }), ind('b', { weight: -1 })],
    };
    expect(ranWeights(rebalanceWeights(broken, 'a', 0.3))).toEqual({ a: 0.3, b: 0.7 });
  });

  it('rebalanceWeights throws on a programmer error: unknown indicator or NaN share', () => {
    expect(() => rebalanceWeights(idm, 'x', 0.5)).toThrow(/rebalanceWeights requires an indicator/);
    expect(() => rebalanceWeights(idm, 'iks', Number.NaN)).toThrow(
      /rebalanceWeights requires a share/,
    );
  });

  it('rebalanceWeights carries entropy weights from the last run', () => {
    const s: Scenario = {
      name: 'x',
      indicators: [ind('a'), ind('b'), ind('c')],
      weights: { method: 'entropy' },
    };
    const out = rebalanceWeights(s, 'a', 0.5, { current: { a: 0.2, b: 0.6, c: 0.2 } });
    expect(ranWeights(out).b).toBeCloseTo(0.375, 12);
    expect(() => rebalanceWeights(s, 'a', 0.5)).toThrow(/options.current/);
  });

  const nestedScenario = fc
    .array(
      fc.record({
        dim: fc.constantFrom('A', 'B', 'C'),
        weight: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 7 },
    )
    .map((list): Scenario => {
      const indicators = list.map((x, j) =>
        ind(`i${j}`, { dimension: x.dim, ...(x.weight === undefined ? {} : { weight: x.weight }) }),
      );
      return {
        name: 'p',
        indicators,
        weights: { method: 'nested', dimensions: { A: 1, B: 2, C: 0.5 } },
      };
    })
    .filter((s) => {
      const dims = new Set(s.indicators.map((i) => i.dimension));
      const dimensions = Object.fromEntries(
        Object.entries(s.weights!.dimensions!).filter(([d]) => dims.has(d)),
      );
      return Object.keys(dimensions).length === dims.size;
    })
    .map((s) => ({
      ...s,
      weights: {
        method: 'nested' as const,
        dimensions: Object.fromEntries(
          Object.entries(s.weights!.dimensions!).filter(([d]) =>
            s.indicators.some((i) => i.dimension === d),
          ),
        ),
      },
    }));

  it('rebalanceWeights, overall scope (property): shares sum to 1, the moved one gets its share, the others keep their ratios', () => {
    fc.assert(
      fc.property(
        nestedScenario,
        fc.nat(6),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, k, share) => {
          const id = s.indicators[k % s.indicators.length]!.id;
          const before = effectiveWeights(s);
          const out = rebalanceWeights(s, id, share, { scope: 'overall' });
          const after = ranWeights(out);
          expect(sum(after)).toBeCloseTo(1, 9);
          const others = s.indicators.map((i) => i.id).filter((x) => x !== id);
          if (others.length > 0) expect(after[id]).toBeCloseTo(share, 9);
          const restBefore = others.reduce((a, x) => a + before[x]!, 0);
          for (const x of others) {
            if (restBefore > 1e-9)
              expect(after[x]).toBeCloseTo((before[x]! / restBefore) * (1 - share), 9);
            expect(after[x]).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('rebalanceWeights, dimension scope (property): the share within the dimension is set, other dimensions keep their total', () => {
    fc.assert(
      fc.property(
        nestedScenario,
        fc.nat(6),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, k, share) => {
          const target = s.indicators[k % s.indicators.length]!;
          const before = effectiveWeights(s);
          const after = ranWeights(rebalanceWeights(s, target.id, share, { scope: 'dimension' }));
          expect(sum(after)).toBeCloseTo(1, 9);
          const dimTotal = (w: Record<string, number>, d: string) =>
            s.indicators.filter((i) => i.dimension === d).reduce((a, i) => a + w[i.id]!, 0);
          for (const d of ['A', 'B', 'C'])
            expect(dimTotal(after, d)).toBeCloseTo(dimTotal(before, d), 9);
          const members = s.indicators.filter((i) => i.dimension === target.dimension);
          if (members.length > 1)
            expect(after[target.id]! / dimTotal(after, target.dimension!)).toBeCloseTo(share, 9);
        },
      ),
    );
  });
});
