import { describe, expect, it } from 'vitest';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import { rows, spdep } from './golden.ts';

describe('weightsFromLists', () => {
  it('weightsFromLists round-trips R spdep neighbour lists into CSR', () => {
    const w = weightsFromLists(spdep.lattice.queen);
    expect(rows(w)).toEqual(spdep.lattice.queen);
    expect(w.offsets[w.n]).toBe(spdep.lattice.queen.flat().length);
  });

  it('weightsFromLists sorts each row and keeps weights with their neighbour', () => {
    const w = weightsFromLists([[2, 1], [0], [0]], [[0.3, 0.7], [1], [1]]);
    expect(Array.from(w.neighbours)).toEqual([1, 2, 0, 0]);
    expect(Array.from(w.weights)).toEqual([0.7, 0.3, 1, 1]);
    expect(w.style).toBe('custom');
  });

  it('weightsFromLists rejects out-of-range and repeated neighbours', () => {
    expect(() => weightsFromLists([[1], [2]])).toThrow(
      /^weightsFromLists requires neighbour indices/,
    );
    expect(() => weightsFromLists([[1, 1], [0]])).toThrow(/^weightsFromLists requires distinct/);
    expect(() => weightsFromLists([[1], [0]], [[1]])).toThrow(
      /^weightsFromLists requires one weight list/,
    );
  });
});
