import { describe, expect, it } from 'vitest';
import { includeSelf } from '../../src/spatial/includeSelf.ts';
import { islands } from '../../src/spatial/islands.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';

describe('islands', () => {
  it('islands lists observations with an empty row', () => {
    expect(Array.from(islands(weightsFromLists([[], [2], [1], []])))).toEqual([0, 3]);
  });

  it('islands counts a row holding only a self-weight as an island', () => {
    expect(Array.from(islands(includeSelf(weightsFromLists([[], [2], [1]]))))).toEqual([0]);
  });
});
