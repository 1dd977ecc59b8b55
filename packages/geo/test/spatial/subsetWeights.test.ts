import { describe, expect, it } from 'vitest';
import { subsetWeights } from '../../src/spatial/subsetWeights.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import { rows, spdep } from './golden.ts';

describe('subsetWeights', () => {
  it('subsetWeights drops observations and renumbers the rest, as spdep subset.nb', () => {
    const w = subsetWeights(
      weightsFromLists([
        [1, 3],
        [0, 2],
        [1, 3],
        [0, 2],
      ]),
      [1, 0, 1, 1],
    );
    expect(rows(w)).toEqual([[2], [2], [0, 1]]);
  });

  it('subsetWeights of the lattice without its first row of cells keeps 90 cells', () => {
    const keep = spdep.lattice.queen.map((_, k) => k % 10 !== 0);
    const w = subsetWeights(weightsFromLists(spdep.lattice.queen), keep);
    expect(w.n).toBe(90);
    // Old cell 1 (row 1, column 0) keeps neighbours 2, 11 and 12, renumbered 1, 9 and 10.
    expect(rows(w)[0]).toEqual([1, 9, 10]);
  });

  it('subsetWeights requires one flag per observation', () => {
    expect(() => subsetWeights(weightsFromLists([[1], [0]]), [true])).toThrow(
      /^subsetWeights requires one keep flag/,
    );
  });
});
