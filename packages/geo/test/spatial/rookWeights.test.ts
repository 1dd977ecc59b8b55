import { describe, expect, it } from 'vitest';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import { rookWeights } from '../../src/spatial/rookWeights.ts';
import {
  demakFeatures,
  latticeSquares,
  libpysal,
  noDemak,
  noDemakMessage,
  rows,
  spdep,
  square,
} from './golden.ts';

const pairs = (lists: number[][]): Set<string> => {
  const out = new Set<string>();
  lists.forEach((row, i) => {
    for (const j of row) if (i < j) out.add(`${i}-${j}`);
  });
  return out;
};

describe('rookWeights', () => {
  it('rookWeights of a 10 x 10 lattice matches R spdep cell2nb(type = "rook")', () => {
    expect(rows(rookWeights(latticeSquares(10, 10)))).toEqual(spdep.lattice.rook);
  });

  it('rookWeights does not join squares touching only at a corner', () => {
    const w = rookWeights([square(0, 0), square(1, 1)]);
    expect(rows(w)).toEqual([[], []]);
    expect(Array.from(w.islands)).toEqual([0, 1]);
  });

  it.skipIf(noDemak)(
    `rookWeights of Demak matches libpysal Rook (shared edge) exactly (${noDemakMessage})`,
    () => {
      expect(rows(rookWeights(demakFeatures()))).toEqual(libpysal.demak.rook);
    },
  );

  it.skipIf(noDemak)(
    `rookWeights of Demak is spdep poly2nb(queen = FALSE) minus pairs sharing two non-consecutive points (${noDemakMessage})`,
    () => {
      const features = demakFeatures();
      const ours = pairs(rows(rookWeights(features)));
      const theirs = pairs(spdep.demak.rook);
      const queen = pairs(rows(queenWeights(features)));
      for (const p of ours) expect(theirs.has(p)).toBe(true);
      const extra = [...theirs].filter((p) => !ours.has(p));
      // Every pair spdep adds touches (queen) but shares no edge; few of them exist.
      for (const p of extra) expect(queen.has(p)).toBe(true);
      expect(extra.length).toBeLessThan(ours.size / 100);
    },
  );

  it('rookWeights joins squares sharing a side with vertices within the tolerance', () => {
    expect(rows(rookWeights([square(0, 0), square(1 + 5e-8, 0)]))).toEqual([[1], [0]]);
  });
});
