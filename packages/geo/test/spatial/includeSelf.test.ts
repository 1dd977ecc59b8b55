import { describe, expect, it } from 'vitest';
import { includeSelf } from '../../src/spatial/includeSelf.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import { rows } from './golden.ts';

describe('includeSelf', () => {
  it('includeSelf adds i to its own sorted neighbours, as spdep include.self', () => {
    const w = includeSelf(weightsFromLists([[1, 2], [0], [0], []]));
    expect(rows(w)).toEqual([[0, 1, 2], [0, 1], [0, 2], [3]]);
    expect(w.style).toBe('binary');
  });

  it('includeSelf keeps existing self-weights and uses the given weight', () => {
    const w = includeSelf(weightsFromLists([[0, 1], [0]], [[5, 1], [1]]), { weight: 2 });
    expect(rows(w)).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(Array.from(w.weights)).toEqual([5, 1, 1, 2]);
    expect(w.style).toBe('custom');
  });
});
