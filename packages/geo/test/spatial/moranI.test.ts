import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { knnWeights } from '../../src/spatial/knnWeights.ts';
import { moranI } from '../../src/spatial/moranI.ts';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import { rookWeights } from '../../src/spatial/rookWeights.ts';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { subsetWeights } from '../../src/spatial/subsetWeights.ts';
import type { SpatialWeights } from '../../src/spatial/types.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import {
  demakFeatures,
  demakIdm,
  latticeSquares,
  noDemak,
  noDemakMessage,
  type SpdepMoran,
  spdep,
} from './golden.ts';

/** Compares with R spdep moran.test; spdep's p-values are one-sided ("greater"). */
function expectSpdep(y: ArrayLike<number>, w: SpatialWeights, ref: SpdepMoran): void {
  const r = moranI(y, w, { permutations: 0 });
  expect(Math.abs(r.I - ref.I)).toBeLessThan(1e-10);
  expect(Math.abs(r.expected - ref.EI)).toBeLessThan(1e-14);
  expect(Math.abs(r.varianceRandom - ref.varRand)).toBeLessThan(1e-10);
  expect(Math.abs(r.varianceNormal - ref.varNorm)).toBeLessThan(1e-10);
  expect(Math.abs(r.zRandom - ref.zRand)).toBeLessThan(1e-8);
  expect(Math.abs(r.zNormal - ref.zNorm)).toBeLessThan(1e-8);
  // Two-sided p = 2 × one-sided for I above E[I]; relative agreement down to tiny p-values.
  expect(r.I).toBeGreaterThan(r.expected);
  expect(Math.abs(r.pRandom / 2 / ref.pRandGreater - 1)).toBeLessThan(1e-7);
  expect(Math.abs(r.pNormal / 2 / ref.pNormGreater - 1)).toBeLessThan(1e-7);
}

describe('moranI', () => {
  const { y } = spdep.lattice;
  const queen = queenWeights(latticeSquares(10, 10));

  it('moranI on the 10 x 10 queen lattice, style W, matches R spdep moran.test', () => {
    expectSpdep(y, rowStandardise(queen), spdep.lattice.moranQueenW);
  });

  it('moranI on the 10 x 10 queen lattice, binary weights, matches R spdep moran.test style B', () => {
    expectSpdep(y, queen, spdep.lattice.moranQueenB);
  });

  it('moranI on the rook lattice, style W, matches R spdep moran.test', () => {
    expectSpdep(y, rowStandardise(rookWeights(latticeSquares(10, 10))), spdep.lattice.moranRookW);
  });

  it('moranI with asymmetric 4-nearest-neighbour weights matches R spdep (S1, S2 of W + Wᵀ)', () => {
    const { x, y: py } = spdep.points;
    const values = x.map((xi, i) => xi + py[i]!);
    const w = rowStandardise(
      knnWeights(
        x.map((xi, i) => [xi, py[i]!] as const),
        4,
      ),
    );
    expectSpdep(values, w, spdep.points.moranKnn4W);
  });

  it.skipIf(noDemak)(
    `moranI of Demak IDM 2024 over desa (queen, W and B) matches R spdep after subset (${noDemakMessage})`,
    () => {
      const { keep, values } = demakIdm();
      const w = subsetWeights(queenWeights(demakFeatures()), keep);
      expectSpdep(values, rowStandardise(w), spdep.demak.moranIdmQueenW);
      expectSpdep(values, w, spdep.demak.moranIdmQueenB);
    },
  );

  it('moranI permutations reproduce the randomisation moments of I (Cliff & Ord)', () => {
    const r = moranI(y, rowStandardise(queen), { permutations: 4999, rng: createRng(11) });
    // The permutation distribution has mean E[I] and variance Var_rand[I] exactly; Monte Carlo
    // error of the mean is sd / sqrt(R).
    const sd = Math.sqrt(r.varianceRandom);
    expect(Math.abs(r.expectedSim - r.expected)).toBeLessThan((4 * sd) / Math.sqrt(4999));
    expect(Math.abs(r.seSim / sd - 1)).toBeLessThan(0.05);
    // y has a trend: I is far in the upper tail, so no permutation reaches it.
    expect(r.pSim).toBe(1 / 5000);
    expect(r.zSim).toBeCloseTo((r.I - r.expectedSim) / r.seSim, 12);
  });

  it('moranI pSim counts permutations on the observed side, as esda p_sim', () => {
    const w = rowStandardise(queen);
    const r = moranI(
      y.map((v, i) => v + 3 * Math.sin(i * 7.3)),
      w,
      { permutations: 199, rng: createRng(3) },
    );
    const above = r.simulations.filter((s) => s >= r.I).length;
    expect(r.pSim).toBe((Math.min(above, 199 - above) + 1) / 200);
  });

  it('moranI is deterministic for a given seed', () => {
    const w = rowStandardise(queen);
    const a = moranI(y, w, { permutations: 99, rng: createRng(5) });
    const b = moranI(y, w, { permutations: 99, rng: createRng(5) });
    expect(a.simulations).toEqual(b.simulations);
  });

  it('moranI rejects missing values, pointing to subsetWeights', () => {
    const w = weightsFromLists([[1], [0, 2], [1]]);
    expect(() => moranI([1, Number.NaN, 3], w)).toThrow(
      /^moranI requires finite values.*subsetWeights/,
    );
    expect(() => moranI([1, 2], w)).toThrow(/^moranI requires one value per observation/);
    expect(() => moranI([2, 2, 2], w)).toThrow(/^moranI requires values that are not all equal/);
  });

  it('moranI does not mutate its inputs', () => {
    const values = Object.freeze([...y]);
    const w = rowStandardise(queen);
    const before = w.weights.slice();
    moranI(values, w, { permutations: 9 });
    expect(w.weights).toEqual(before);
    expect(values).toEqual(y);
  });
});
