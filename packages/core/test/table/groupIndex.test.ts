import { describe, expect, it } from 'vitest';
import { groupIndex } from '../../src/table/groupIndex.ts';

describe('groupIndex', () => {
  it('groupIndex numbers groups densely in order of first appearance', () => {
    const g = groupIndex(['b', 'a', 'b', 'c', 'a']);
    expect(Array.from(g.ids)).toEqual([0, 1, 0, 2, 1]);
    expect(g.keys).toEqual(['b', 'a', 'c']);
  });

  it('groupIndex returns the same index for the same array and a fresh one for a new array', () => {
    const groups = Object.freeze(['x', 'y']);
    expect(groupIndex(groups)).toBe(groupIndex(groups));
    expect(groupIndex(['x', 'y'])).not.toBe(groupIndex(groups));
  });
});
