import { describe, expect, it } from 'vitest';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import { spdep } from './golden.ts';

describe('rowStandardise', () => {
  it('rowStandardise makes each non-empty row sum to 1 (spdep style "W")', () => {
    const w = rowStandardise(weightsFromLists(spdep.lattice.queen));
    for (let i = 0; i < w.n; i++) {
      let sum = 0;
      for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) sum += w.weights[k]!;
      expect(sum).toBeCloseTo(1, 14);
      expect(w.weights[w.offsets[i]!]).toBe(1 / spdep.lattice.queen[i]!.length);
    }
    expect(w.style).toBe('row');
  });

  it('rowStandardise leaves islands with an empty row', () => {
    const w = rowStandardise(weightsFromLists([[1], [0], []]));
    expect(Array.from(w.offsets)).toEqual([0, 1, 2, 2]);
  });

  it('rowStandardise does not mutate its input', () => {
    const w = Object.freeze(weightsFromLists([[1, 2], [0], [0]], [[2, 6], [1], [1]]));
    const before = w.weights.slice();
    rowStandardise(w);
    expect(w.weights).toEqual(before);
  });
});
