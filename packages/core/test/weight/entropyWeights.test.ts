import { describe, expect, it } from 'vitest';
import { entropyWeights } from '../../src/weight/entropyWeights.ts';

// Reference computed independently with numpy 2.4 (no code shared with this package):
//   X = np.array([[10,60,35],[40,20,80],[25,90,15],[70,45,55],[5,30,95],[55,75,40]], float)
//   P = X / X.sum(0); e = -(P * np.log(P)).sum(0) / np.log(6); d = 1 - e; d / d.sum()
//   => [0.51180473, 0.21782847, 0.2703668]
const X = {
  a: Float64Array.of(10, 40, 25, 70, 5, 55),
  b: Float64Array.of(60, 20, 90, 45, 30, 75),
  c: Float64Array.of(35, 80, 15, 55, 95, 40),
};

describe('entropyWeights', () => {
  it('entropyWeights matches an independent numpy computation', () => {
    const out = entropyWeights(X);
    expect(out.method).toBe('entropy');
    expect(out.weights.a).toBeCloseTo(0.51180473, 8);
    expect(out.weights.b).toBeCloseTo(0.21782847, 8);
    expect(out.weights.c).toBeCloseTo(0.2703668, 7);
  });

  it('entropyWeights gives a constant indicator weight 0', () => {
    const out = entropyWeights({ a: Float64Array.of(1, 1, 1), b: Float64Array.of(0, 1, 2) });
    expect(out.weights).toEqual({ a: 0, b: 1 });
  });

  it('entropyWeights skips NaN values, counting only present ones in ln n', () => {
    const withNaN = entropyWeights({
      a: Float64Array.of(10, 40, Number.NaN, 25),
      b: Float64Array.of(60, 20, Number.NaN, 90),
    });
    const without = entropyWeights({
      a: Float64Array.of(10, 40, 25),
      b: Float64Array.of(60, 20, 90),
    });
    expect(withNaN.weights.a).toBeCloseTo(without.weights.a!, 14);
  });

  it('entropyWeights is unchanged by scaling a column', () => {
    const out = entropyWeights({ ...X, a: X.a.map((v) => v * 7) });
    expect(out.weights.a).toBeCloseTo(0.51180473, 8);
  });

  it('entropyWeights falls back to equal weights when no column carries information', () => {
    const out = entropyWeights({ a: Float64Array.of(2, 2), b: Float64Array.of(0, 0) });
    expect(out.weights).toEqual({ a: 0.5, b: 0.5 });
  });

  it('entropyWeights throws on negative values and on no columns', () => {
    expect(() => entropyWeights({ a: Float64Array.of(1, -1) })).toThrow(/^entropyWeights requires/);
    expect(() => entropyWeights({})).toThrow(/^entropyWeights requires/);
  });

  it('entropyWeights does not mutate its input', () => {
    const copy = X.a.slice();
    entropyWeights(Object.freeze({ ...X }));
    expect(X.a).toEqual(copy);
  });
});
