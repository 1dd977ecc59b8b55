import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random.ts';
import { gammaVariate } from '../../src/robustness/gammaVariate.ts';
import { resolveRobustness, robustnessDefaults } from '../../src/robustness/resolveRobustness.ts';
import { resolveScenario } from '../../src/scenario/resolveScenario.ts';

const paths = (input: unknown): (string | undefined)[] =>
  resolveRobustness(input).diagnostics.map((d) => d.path);

describe('resolveRobustness', () => {
  it('resolveRobustness fills every default', () => {
    expect(resolveRobustness(undefined)).toEqual({ spec: robustnessDefaults, diagnostics: [] });
    expect(resolveRobustness({ weights: { method: 'dirichlet' } }).spec?.weights).toEqual({
      method: 'dirichlet',
      factor: 0.2,
      concentration: 100,
    });
  });

  it('resolveRobustness fills the method lists from the scenario and drops repeats', () => {
    const { scenario } = resolveScenario({
      name: 's',
      indicators: [
        { id: 'a', label: { id: 'a', en: 'a' }, kind: 'count', direction: 'higher-is-worse' },
      ],
      normalise: { method: 'rank' },
    });
    const goalposts = resolveRobustness(
      { normalise: ['minmax', 'minmax', 'goalposts'] },
      { scenario: scenario! },
    );
    expect(goalposts.diagnostics.map((d) => d.path)).toEqual(['robustness.normalise[2]']);
    const spec = resolveRobustness(
      { aggregate: ['geometric', 'geometric', 'arithmetic'] },
      {
        scenario: scenario!,
      },
    ).spec!;
    expect(spec.normalise).toEqual(['rank']);
    expect(spec.aggregate).toEqual(['geometric', 'arithmetic']);
  });

  it('resolveRobustness reports SCENARIO_INVALID with the path of each problem', () => {
    expect(paths({ draws: 0 })).toEqual(['robustness.draws']);
    expect(paths({ draws: 2.5 })).toEqual(['robustness.draws']);
    expect(paths({ weights: { factor: 1 } })).toEqual(['robustness.weights.factor']);
    expect(paths({ weights: { concentration: 0 } })).toEqual(['robustness.weights.concentration']);
    expect(paths({ weights: { method: 'gaussian' } })).toEqual(['robustness.weights.method']);
    expect(paths({ normalise: ['minmax', 'log'] })).toEqual(['robustness.normalise[1]']);
    expect(paths({ dropIndicator: 1.5 })).toEqual(['robustness.dropIndicator']);
    expect(paths({ thresholds: { stableLocus: 0.4, stableNonLocus: 0.6 } })).toEqual([
      'robustness.thresholds',
    ]);
    expect(paths({ drawz: 10 })).toEqual(['robustness.drawz']);
    expect(paths('many')).toEqual(['robustness']);
    const d = resolveRobustness({ weights: { factor: 1.2 } }, { path: 'x' }).diagnostics[0]!;
    expect(d).toMatchObject({
      code: 'SCENARIO_INVALID',
      severity: 'error',
      path: 'x.weights.factor',
    });
  });
});

describe('gammaVariate', () => {
  for (const shape of [0.3, 1, 2.5, 40]) {
    it(`gammaVariate(${shape}) has mean and variance ${shape} (20,000 draws, within 4 standard errors)`, () => {
      const rng = createRng(shape * 1000);
      const N = 20_000;
      let sum = 0;
      let sq = 0;
      for (let k = 0; k < N; k++) {
        const x = gammaVariate(shape, rng);
        expect(x).toBeGreaterThanOrEqual(0);
        sum += x;
        sq += x * x;
      }
      const mean = sum / N;
      const variance = sq / N - mean * mean;
      // Var(mean) = shape / N; Var(sample variance) ≈ (μ4 − σ⁴)/N with μ4 = 3k² + 6k for Gamma(k).
      expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / N));
      const sdVar = Math.sqrt((3 * shape * shape + 6 * shape - shape * shape) / N);
      expect(Math.abs(variance - shape)).toBeLessThan(4 * sdVar);
    });
  }

  it('gammaVariate(0) is 0 and a negative shape throws', () => {
    expect(gammaVariate(0, createRng(1))).toBe(0);
    expect(() => gammaVariate(-1, createRng(1))).toThrow(/^gammaVariate requires/);
  });
});
