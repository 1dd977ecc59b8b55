import { describe, expect, it } from 'vitest';
import { getisOrdG } from '../../src/spatial/getisOrdG.ts';
import { includeSelf } from '../../src/spatial/includeSelf.ts';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { subsetWeights } from '../../src/spatial/subsetWeights.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import {
  demakFeatures,
  demakIdm,
  latticeSquares,
  maxAbsDiff,
  noDemak,
  noDemakMessage,
  spdep,
} from './golden.ts';

describe('getisOrdG', () => {
  const { y } = spdep.lattice;
  const queen = queenWeights(latticeSquares(10, 10));

  it('getisOrdG star on binary queen weights matches R spdep localG(include.self, style B)', () => {
    const r = getisOrdG(y, queen, { star: true });
    expect(maxAbsDiff(r.z, spdep.lattice.giStarB)).toBeLessThan(1e-10);
  });

  it('getisOrdG star with explicit self-weights, row-standardised, matches spdep style W', () => {
    const r = getisOrdG(y, rowStandardise(includeSelf(queen)), { star: true });
    expect(maxAbsDiff(r.z, spdep.lattice.giStarW)).toBeLessThan(1e-10);
  });

  it('getisOrdG without star matches R spdep localG (Gi) for binary and W weights', () => {
    expect(maxAbsDiff(getisOrdG(y, queen).z, spdep.lattice.giB)).toBeLessThan(1e-10);
    expect(maxAbsDiff(getisOrdG(y, rowStandardise(queen)).z, spdep.lattice.giW)).toBeLessThan(
      1e-10,
    );
  });

  it.skipIf(noDemak)(
    `getisOrdG of Demak IDM over desa matches spdep localG, Gi* and Gi (${noDemakMessage})`,
    () => {
      const { keep, values } = demakIdm();
      const w = subsetWeights(queenWeights(demakFeatures()), keep);
      expect(
        maxAbsDiff(getisOrdG(values, w, { star: true }).z, spdep.demak.giStarIdmB),
      ).toBeLessThan(1e-10);
      expect(maxAbsDiff(getisOrdG(values, rowStandardise(w)).z, spdep.demak.giIdmW)).toBeLessThan(
        1e-10,
      );
    },
  );

  it('getisOrdG returns G as the neighbourhood share of the total and two-sided p-values', () => {
    const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
    const values = [1, 2, 3, 4];
    const star = getisOrdG(values, w, { star: true });
    expect(star.G[1]).toBeCloseTo((1 + 2 + 3) / 10, 15);
    const plain = getisOrdG(values, w);
    expect(plain.G[1]).toBeCloseTo((1 + 3) / 8, 15);
    expect(star.p[0]).toBeCloseTo(plain.p[0]! === star.p[0]! ? plain.p[0]! : star.p[0]!, 15);
    for (const v of star.p) expect(v).toBeGreaterThan(0);
    expect(star.z[3]!).toBeGreaterThan(0);
    expect(star.z[0]!).toBeLessThan(0);
  });

  it('getisOrdG gives NaN for an island (Gi) and does not mutate its inputs', () => {
    const values = Object.freeze([1, 2, 3, 9]);
    const r = getisOrdG(values, weightsFromLists([[1], [0, 2], [1], []]));
    expect(r.z[3]).toBeNaN();
    expect(values).toEqual([1, 2, 3, 9]);
  });
});
