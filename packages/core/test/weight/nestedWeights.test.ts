import { describe, expect, it } from 'vitest';
import type { ScenarioIndicator } from '../../src/scenario/types.ts';
import { nestedWeights } from '../../src/weight/nestedWeights.ts';

function ind(id: string, dimension: string | undefined, weight?: number): ScenarioIndicator {
  return {
    id,
    label: { id, en: id },
    kind: 'index',
    direction: 'higher-is-better',
    ...(dimension === undefined ? {} : { dimension }),
    ...(weight === undefined ? {} : { weight }),
  };
}

describe('nestedWeights', () => {
  it('nestedWeights reproduces IDM = (IKS + IKE + IKL) / 3 with indicators averaged inside', () => {
    // IKS with 4 indicators, IKE with 2, IKL with 1: each dimension carries 1/3 (Permendesa 2/2016).
    const indicators = Object.freeze([
      ind('s1', 'IKS'),
      ind('s2', 'IKS'),
      ind('s3', 'IKS'),
      ind('s4', 'IKS'),
      ind('e1', 'IKE'),
      ind('e2', 'IKE'),
      ind('l1', 'IKL'),
    ]);
    const out = nestedWeights(indicators);
    expect(out.method).toBe('nested');
    expect(out.weights.s1).toBeCloseTo(1 / 12, 15);
    expect(out.weights.e2).toBeCloseTo(1 / 6, 15);
    expect(out.weights.l1).toBeCloseTo(1 / 3, 15);
    expect(out.dimensions).toEqual({ IKS: 1 / 3, IKE: 1 / 3, IKL: 1 / 3 });
    expect(Object.values(out.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });

  it('nestedWeights multiplies the within-dimension weight by the dimension weight', () => {
    const out = nestedWeights([ind('a', 'X', 3), ind('b', 'X', 1), ind('c', 'Y')], { X: 1, Y: 3 });
    // a: 3/4 × 1/4, b: 1/4 × 1/4, c: 1 × 3/4
    expect(out.weights.a).toBeCloseTo(3 / 16, 15);
    expect(out.weights.b).toBeCloseTo(1 / 16, 15);
    expect(out.weights.c).toBeCloseTo(3 / 4, 15);
  });

  it('nestedWeights gives an unlisted dimension the mean of the listed weights', () => {
    const out = nestedWeights([ind('a', 'X'), ind('b', 'Y'), ind('c', 'Z')], { X: 0.2, Y: 0.4 });
    // Z gets 0.3; total 0.9.
    expect(out.dimensions?.Z).toBeCloseTo(0.3 / 0.9, 15);
    expect(out.weights.a).toBeCloseTo(0.2 / 0.9, 15);
  });

  it('nestedWeights throws on a missing dimension, an unknown dimension and zero weights', () => {
    expect(() => nestedWeights([ind('a', undefined)])).toThrow(/^nestedWeights requires/);
    expect(() => nestedWeights([ind('a', 'X')], { Q: 1 })).toThrow(/^nestedWeights requires/);
    expect(() => nestedWeights([ind('a', 'X', 0)])).toThrow(/^nestedWeights requires/);
    expect(() => nestedWeights([ind('a', 'X'), ind('b', 'Y')], { X: 0, Y: 0 })).toThrow(
      /^nestedWeights requires/,
    );
    expect(() => nestedWeights([ind('a', 'X', -1), ind('b', 'X')])).toThrow(
      /^nestedWeights requires/,
    );
  });
});
