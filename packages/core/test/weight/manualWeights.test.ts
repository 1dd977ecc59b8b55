import { describe, expect, it } from 'vitest';
import { manualWeights } from '../../src/weight/manualWeights.ts';

describe('manualWeights', () => {
  it('manualWeights rescales the given weights to sum to 1, in id order', () => {
    const out = manualWeights({ b: 1, a: 3 }, ['a', 'b']);
    expect(out.method).toBe('manual');
    expect(Object.keys(out.weights)).toEqual(['a', 'b']);
    expect(out.weights.a).toBeCloseTo(0.75, 15);
    expect(out.weights.b).toBeCloseTo(0.25, 15);
  });

  it('manualWeights keeps a zero weight as 0', () => {
    expect(manualWeights({ a: 0, b: 2 }, ['a', 'b']).weights).toEqual({ a: 0, b: 1 });
  });

  it('manualWeights throws on negative, NaN, all-zero, missing and unknown weights', () => {
    expect(() => manualWeights({ a: -1, b: 2 }, ['a', 'b'])).toThrow(/^manualWeights requires/);
    expect(() => manualWeights({ a: Number.NaN, b: 2 }, ['a', 'b'])).toThrow(
      /^manualWeights requires/,
    );
    expect(() => manualWeights({ a: 0, b: 0 }, ['a', 'b'])).toThrow(/^manualWeights requires/);
    expect(() => manualWeights({ a: 1 }, ['a', 'b'])).toThrow(/^manualWeights requires/);
    expect(() => manualWeights({ a: 1, c: 1 }, ['a'])).toThrow(/^manualWeights requires/);
    expect(() => manualWeights({}, [])).toThrow(/^manualWeights requires/);
  });

  it('manualWeights does not mutate its inputs', () => {
    const weights = Object.freeze({ a: 2, b: 6 });
    const ids = Object.freeze(['a', 'b']);
    expect(manualWeights(weights, ids).weights).toEqual({ a: 0.25, b: 0.75 });
    expect(weights).toEqual({ a: 2, b: 6 });
  });
});
