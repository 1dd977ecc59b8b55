import { describe, expect, it } from 'vitest';
import { uniqueSorted } from '../../src/classify/uniqueSorted.ts';

describe('uniqueSorted', () => {
  it('uniqueSorted drops repeated neighbours', () => {
    expect(uniqueSorted(Float64Array.of(1, 1, 2, 3, 3, 3))).toEqual([1, 2, 3]);
    expect(uniqueSorted([])).toEqual([]);
  });
});
