import { describe, expect, it } from 'vitest';
import { equalWeights } from '../../src/weight/equalWeights.ts';

describe('equalWeights', () => {
  it('equalWeights gives 1/m to each of m indicators', () => {
    const out = equalWeights(Object.freeze(['a', 'b', 'c']));
    expect(out.method).toBe('equal');
    expect(out.weights).toEqual({ a: 1 / 3, b: 1 / 3, c: 1 / 3 });
  });

  it('equalWeights throws on no ids and on duplicate ids', () => {
    expect(() => equalWeights([])).toThrow(/^equalWeights requires/);
    expect(() => equalWeights(['a', 'a'])).toThrow(/^equalWeights requires/);
  });
});
