import { describe, expect, it } from 'vitest';
import { excludedByMissing } from '../../src/impute/excludedByMissing.ts';

describe('excludedByMissing', () => {
  it('excludedByMissing marks a village where any indicator is NaN', () => {
    const out = excludedByMissing(
      Object.freeze({
        a: new Float64Array([1, Number.NaN, 3, 4]),
        b: new Float64Array([1, 2, Number.NaN, 4]),
      }),
    );
    expect(Array.from(out)).toEqual([0, 1, 1, 0]);
  });

  it('excludedByMissing with no columns returns an empty array', () => {
    expect(excludedByMissing({})).toHaveLength(0);
  });

  it('excludedByMissing throws on columns of different lengths', () => {
    expect(() => excludedByMissing({ a: new Float64Array(2), b: new Float64Array(3) })).toThrow(
      /^excludedByMissing requires/,
    );
  });
});
