import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { generalG } from '../../src/spatial/generalG.ts';
import { includeSelf } from '../../src/spatial/includeSelf.ts';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { subsetWeights } from '../../src/spatial/subsetWeights.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import { demakFeatures, demakIdm, latticeSquares, noDemak, noDemakMessage } from './golden.ts';
import { type SpdepGeneralG, spdepInference } from './spdepInference.ts';

function expectSpdep(r: ReturnType<typeof generalG>, ref: SpdepGeneralG): void {
  expect(r.G).toBeCloseTo(ref.G, 13);
  expect(r.expected).toBeCloseTo(ref.EG, 14);
  expect(Math.abs(r.variance - ref.VG) / ref.VG).toBeLessThan(1e-9);
  expect(r.z).toBeCloseTo(ref.z, 8);
  expect(r.pGreater).toBeCloseTo(ref.pGreater, 10);
}

describe('generalG', () => {
  const { g } = spdepInference.lattice;
  const queen = queenWeights(latticeSquares(10, 10));

  it('generalG on the queen lattice (B) equals R spdep globalG.test: G, E, Var, z, p', () => {
    expectSpdep(generalG(g, queen, { permutations: 0 }), spdepInference.lattice.generalGQueenB);
  });

  it('generalG on the queen lattice (W) equals R spdep globalG.test', () => {
    const r = generalG(g, rowStandardise(queen), { permutations: 0 });
    expectSpdep(r, spdepInference.lattice.generalGQueenW);
  });

  it.skipIf(noDemak)(
    `generalG of Demak IDM (B) equals R spdep globalG.test (${noDemakMessage})`,
    () => {
      const { keep, values } = demakIdm();
      const w = subsetWeights(queenWeights(demakFeatures()), keep);
      expectSpdep(generalG(values, w, { permutations: 0 }), spdepInference.demak.generalGIdmQueenB);
    },
  );

  it('generalG permutation mean and spread match the analytic total-randomisation moments', () => {
    // The analytic moments are those of the permutation distribution itself: with 4,000 draws
    // the mean lies within 4 standard errors and the sd within 5 %.
    const r = generalG(g, queen, { permutations: 4000, rng: createRng(11) });
    const sd = Math.sqrt(r.variance);
    expect(Math.abs(r.expectedSim - r.expected)).toBeLessThan((4 * sd) / Math.sqrt(4000));
    expect(Math.abs(r.seSim / sd - 1)).toBeLessThan(0.05);
    expect(r.pSim).toBeLessThan(0.05);
  });

  it('generalG with the same seed gives the same pseudo p-value', () => {
    const a = generalG(g, queen, { permutations: 99, rng: createRng(3) });
    const b = generalG(g, queen, { permutations: 99, rng: createRng(3) });
    expect(b.pSim).toBe(a.pSim);
    expect(b.expectedSim).toBe(a.expectedSim);
  });

  it('generalG refuses negative values, self-weights and all-zero values', () => {
    const w = weightsFromLists([[1], [0, 2], [1, 3], [2]]);
    expect(() => generalG([1, -2, 3, 4], w)).toThrow(/^generalG requires non-negative/);
    expect(() => generalG([1, 2, 3, 4], includeSelf(w))).toThrow(/self-weights/);
    expect(() => generalG([0, 0, 0, 0], w)).toThrow(/not all zero/);
  });
});
