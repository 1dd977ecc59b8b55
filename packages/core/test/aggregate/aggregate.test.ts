import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/aggregate/aggregate.ts';
import { COPELAND_MAX_VILLAGES } from '../../src/aggregate/copeland.ts';
import type { ScenarioIndicator } from '../../src/scenario/types.ts';

function ind(id: string, extra: Partial<ScenarioIndicator> = {}): ScenarioIndicator {
  return { id, label: { id, en: id }, kind: 'index', direction: 'higher-is-worse', ...extra };
}

// Opricovic & Tzeng (2004) example as village data: f1 is higher-is-better (a cost for priority),
// f2 higher-is-worse (a benefit for priority).
const indicators = [
  ind('f1', { direction: 'higher-is-better', cutoff: 2 }),
  ind('f2', { cutoff: 3500 }),
];
const treated = { f1: Float64Array.of(1, 2, 5), f2: Float64Array.of(3000, 3750, 4500) };
const normalised = { f1: Float64Array.of(100, 75, 0), f2: Float64Array.of(0, 50, 100) };
const weights = { f1: 0.5, f2: 0.5 };
const input = { normalised, treated, weights, indicators };

describe('aggregate', () => {
  it('aggregate runs arithmetic on the normalised columns', () => {
    const { output, diagnostics } = aggregate({ method: 'arithmetic' }, input);
    expect(Array.from(output.score)).toEqual([50, 62.5, 50]);
    expect(diagnostics).toEqual([]);
  });

  it('aggregate runs TOPSIS and VIKOR on the treated columns with directions from the indicators', () => {
    const t = aggregate({ method: 'topsis' }, input).output.score;
    expect(t[0]).toBeCloseTo(0.7621, 4);
    expect(t[2]).toBeCloseTo(0.2379, 4);
    expect(Array.from(aggregate({ method: 'vikor' }, input).output.score)).toEqual([0, 1, 0]);
  });

  it('aggregate runs Alkire–Foster with the indicator cutoffs, k default 1/3 and groups', () => {
    const { output } = aggregate(
      { method: 'alkire-foster' },
      { ...input, groups: ['g', 'g', 'h'] },
    );
    // f1 < 2 deprived: village 1; f2 > 3500 deprived: villages 2 and 3.
    expect(Array.from(output.details.poor!)).toEqual([1, 1, 1]);
    expect(output.summary['H:g']).toBe(1);
    const strict = aggregate({ method: 'alkire-foster', k: 1 }, input).output;
    expect(strict.summary.H).toBe(0);
  });

  it('aggregate throws for Alkire–Foster without a cutoff', () => {
    expect(() =>
      aggregate({ method: 'alkire-foster' }, { ...input, indicators: [ind('f1'), ind('f2')] }),
    ).toThrow(/^aggregate requires a cutoff/);
  });

  it('aggregate reports GEOMETRIC_NON_POSITIVE per indicator with floored values', () => {
    const { diagnostics } = aggregate({ method: 'geometric' }, input);
    expect(diagnostics.map((d) => [d.code, d.column, d.value])).toEqual([
      ['GEOMETRIC_NON_POSITIVE', 'f1', 1],
      ['GEOMETRIC_NON_POSITIVE', 'f2', 1],
    ]);
  });

  it('aggregate returns AGGREGATION_TOO_LARGE instead of running Copeland on too many villages', () => {
    const n = COPELAND_MAX_VILLAGES + 1;
    const big = { f1: new Float64Array(n), f2: new Float64Array(n) };
    const { output, diagnostics } = aggregate(
      { method: 'copeland' },
      { ...input, normalised: big, treated: big },
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['AGGREGATION_TOO_LARGE']);
    expect(output.score.every(Number.isNaN)).toBe(true);
  });

  it('aggregate runs Copeland on the normalised columns', () => {
    // 1 vs 2: f1 100 > 75, f2 0 < 50 → tie; 1 vs 3 tie; 2 vs 3: f1 75 > 0, f2 50 < 100 → tie.
    expect(Array.from(aggregate({ method: 'copeland' }, input).output.score)).toEqual([0, 0, 0]);
  });

  it('aggregate throws when an indicator has no weight', () => {
    expect(() => aggregate({ method: 'arithmetic' }, { ...input, weights: { f1: 1 } })).toThrow(
      /^aggregate requires a weight/,
    );
  });
});
