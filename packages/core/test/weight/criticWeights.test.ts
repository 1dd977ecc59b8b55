import { describe, expect, it } from 'vitest';
import { criticWeights } from '../../src/weight/criticWeights.ts';

// Reference computed independently with numpy 2.4 (no code shared with this package):
//   N = (X - X.min(0)) / (X.max(0) - X.min(0)); s = N.std(0); r = np.corrcoef(N.T)
//   C = s * (1 - r).sum(0); C / C.sum()  => [0.26815337, 0.36050783, 0.3713388]
const X = {
  a: Float64Array.of(10, 40, 25, 70, 5, 55),
  b: Float64Array.of(60, 20, 90, 45, 30, 75),
  c: Float64Array.of(35, 80, 15, 55, 95, 40),
};

describe('criticWeights', () => {
  it('criticWeights matches an independent numpy computation of Diakoulaki et al. (1995)', () => {
    const out = criticWeights(X);
    expect(out.method).toBe('critic');
    expect(out.weights.a).toBeCloseTo(0.26815337, 8);
    expect(out.weights.b).toBeCloseTo(0.36050783, 8);
    expect(out.weights.c).toBeCloseTo(0.3713388, 7);
  });

  it('criticWeights is unchanged by an affine rescaling of a column', () => {
    const out = criticWeights({ ...X, b: X.b.map((v) => 3 * v + 100) });
    expect(out.weights.b).toBeCloseTo(0.36050783, 8);
  });

  it('criticWeights gives a constant indicator weight 0', () => {
    const out = criticWeights({ ...X, k: Float64Array.of(5, 5, 5, 5, 5, 5) });
    expect(out.weights.k).toBe(0);
    expect(Object.values(out.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('criticWeights lowers the weight of a duplicated indicator', () => {
    const out = criticWeights({ ...X, a2: X.a.slice() });
    expect(out.weights.a!).toBeLessThan(0.26815337);
    expect(out.weights.a).toBeCloseTo(out.weights.a2!, 14);
  });

  it('criticWeights skips missing values pairwise', () => {
    const out = criticWeights({
      a: Float64Array.of(10, 40, Number.NaN, 25, 70),
      b: Float64Array.of(60, 20, 90, Number.NaN, 45),
    });
    const sum = out.weights.a! + out.weights.b!;
    expect(sum).toBeCloseTo(1, 14);
    expect(Number.isFinite(out.weights.a)).toBe(true);
  });

  it('criticWeights throws on no columns and on unequal lengths', () => {
    expect(() => criticWeights({})).toThrow(/^criticWeights requires/);
    expect(() => criticWeights({ a: Float64Array.of(1, 2), b: Float64Array.of(1) })).toThrow(
      /^criticWeights requires/,
    );
  });

  it('criticWeights does not mutate its input', () => {
    const copy = X.b.slice();
    criticWeights(Object.freeze({ ...X }));
    expect(X.b).toEqual(copy);
  });
});
