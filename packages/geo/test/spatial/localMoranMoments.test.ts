import { describe, expect, it } from 'vitest';
import { localMoran } from '../../src/spatial/localMoran.ts';
import { localMoranMoments } from '../../src/spatial/localMoranMoments.ts';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { subsetWeights } from '../../src/spatial/subsetWeights.ts';
import type { SpatialWeights } from '../../src/spatial/types.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import {
  demakFeatures,
  demakIdm,
  latticeSquares,
  maxAbsDiff,
  noDemak,
  noDemakMessage,
} from './golden.ts';
import { type SpdepLocalMoments, spdepInference } from './spdepInference.ts';

/** Compares lokus's moments (esda scaling) with spdep's, converting E × n/(n−1), Var × (n/(n−1))². */
function expectSpdep(y: number[], w: SpatialWeights, ref: SpdepLocalMoments): void {
  const r = localMoran(y, w, { permutations: 0 });
  const n = r.n;
  const k = n / (n - 1);
  for (const kind of ['total', 'conditional'] as const) {
    const m = r.analytic[kind];
    const want = ref[kind];
    expect(
      maxAbsDiff(
        Array.from(m.expected, (v) => v * k),
        want.E,
      ),
    ).toBeLessThan(1e-12);
    expect(
      maxAbsDiff(
        Array.from(m.variance, (v) => v * k * k),
        want.V,
      ),
    ).toBeLessThan(1e-12);
    expect(maxAbsDiff(m.z, want.Z)).toBeLessThan(1e-9);
    expect(maxAbsDiff(m.p, want.p)).toBeLessThan(1e-12);
  }
}

describe('localMoranMoments', () => {
  const { y } = spdepInference.lattice;
  const queen = queenWeights(latticeSquares(10, 10));

  it('localMoran analytic moments on the queen lattice (W) equal R spdep localmoran, total and conditional', () => {
    expectSpdep(y, rowStandardise(queen), spdepInference.lattice.localQueenW);
  });

  it('localMoran analytic moments on the queen lattice (B, binary) equal R spdep localmoran', () => {
    expectSpdep(y, queen, spdepInference.lattice.localQueenB);
  });

  it.skipIf(noDemak)(
    `localMoran analytic moments of Demak IDM equal R spdep localmoran (${noDemakMessage})`,
    () => {
      const { keep, values } = demakIdm();
      const w = rowStandardise(subsetWeights(queenWeights(demakFeatures()), keep));
      expectSpdep(values, w, spdepInference.demak.localIdmQueenW);
    },
  );

  it('localMoranMoments: conditional E[I_i] is z_i² times the total one, as the formulas say', () => {
    const r = localMoran(y, rowStandardise(queen), { permutations: 0 });
    for (let i = 0; i < r.n; i++) {
      const zi2 = r.z[i]! * r.z[i]!;
      expect(r.analytic.conditional.expected[i]).toBeCloseTo(
        zi2 * r.analytic.total.expected[i]!,
        14,
      );
    }
  });

  it('localMoranMoments gives NaN z and p for an island and for a row with a self-weight', () => {
    const w = weightsFromLists([[1], [0, 2], [1], []]);
    const r = localMoran([1, 3, 2, 5], w, { permutations: 0 });
    expect(Number.isNaN(r.analytic.total.z[3])).toBe(true);
    expect(Number.isNaN(r.analytic.conditional.p[3])).toBe(true);
    const self = weightsFromLists([[0, 1], [0, 2], [1, 3], [2]]);
    const m = localMoranMoments(r.z, r.Is, self);
    expect(Number.isNaN(m.total.z[0])).toBe(true);
    expect(Number.isFinite(m.total.z[1])).toBe(true);
  });
});
