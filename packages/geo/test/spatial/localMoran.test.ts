import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { LISA_LABELS, localMoran } from '../../src/spatial/localMoran.ts';
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

/** spdep's localmoran Ii = esda's I_i × n / (n − 1). */
const toSpdep = (Is: Float64Array): number[] => {
  const n = Is.length;
  return Array.from(Is, (v) => (v * n) / (n - 1));
};

describe('localMoran', () => {
  const { y } = spdep.lattice;
  const queen = queenWeights(latticeSquares(10, 10));

  it('localMoran on the queen lattice (W) equals R spdep localmoran Ii times (n - 1) / n', () => {
    const r = localMoran(y, rowStandardise(queen), { permutations: 0 });
    expect(maxAbsDiff(toSpdep(r.Is), spdep.lattice.localMoranQueenW.Ii)).toBeLessThan(1e-10);
  });

  it('localMoran on the queen lattice (binary) equals R spdep localmoran style B', () => {
    const r = localMoran(y, queen, { permutations: 0 });
    expect(maxAbsDiff(toSpdep(r.Is), spdep.lattice.localMoranQueenB.Ii)).toBeLessThan(1e-10);
  });

  it.skipIf(noDemak)(
    `localMoran of Demak IDM over desa equals R spdep localmoran (${noDemakMessage})`,
    () => {
      const { keep, values } = demakIdm();
      const w = rowStandardise(subsetWeights(queenWeights(demakFeatures()), keep));
      const r = localMoran(values, w, { permutations: 0 });
      expect(maxAbsDiff(toSpdep(r.Is), spdep.demak.localMoranIdmQueenW.Ii)).toBeLessThan(1e-10);
    },
  );

  it('localMoran conditional permutations have the mean and variance of spdep E.Ii and Var.Ii', () => {
    // spdep's E.Ii and Var.Ii are the moments of I_i under conditional randomisation, so the
    // permutation mean must agree within Monte Carlo error.
    const R = 1999;
    const ref = spdep.lattice.localMoranQueenW;
    const r = localMoran(y, rowStandardise(queen), { permutations: R, rng: createRng(2) });
    let outside = 0;
    for (let i = 0; i < r.n; i++) {
      // Recover the permutation mean from zSim: mean = I − zSim × sd, sd ≈ sqrt(Var.Ii).
      const sd = Math.sqrt(ref.VarIi[i]!) * ((r.n - 1) / r.n);
      const mean = r.Is[i]! - r.zSim[i]! * sd;
      const expected = (ref.EIi[i]! * (r.n - 1)) / r.n;
      if (
        Math.abs(mean - expected) >
        (4 * sd) / Math.sqrt(R) + 0.1 * Math.abs(r.Is[i]! - expected)
      ) {
        outside++;
      }
    }
    expect(outside).toBeLessThanOrEqual(2);
  });

  it('localMoran pSim agrees with spdep normal p-values where they are far from 0.05', () => {
    const r = localMoran(y, rowStandardise(queen), { permutations: 999, rng: createRng(9) });
    const p = spdep.lattice.localMoranQueenW.p;
    for (let i = 0; i < r.n; i++) {
      // spdep's p is two-sided; pSim is one-sided.
      if (p[i]! < 0.002) expect(r.pSim[i]).toBeLessThan(0.02);
      if (p[i]! > 0.5) expect(r.pSim[i]).toBeGreaterThan(0.1);
    }
  });

  it('localMoran quadrants follow esda q: 1 HH, 2 LH, 3 LL, 4 HL', () => {
    const r = localMoran(y, rowStandardise(queen), { permutations: 99, rng: createRng(1) });
    for (let i = 0; i < r.n; i++) {
      const high = r.z[i]! > 0;
      const highLag = r.lag[i]! > 0;
      const q = high ? (highLag ? 1 : 4) : highLag ? 2 : 3;
      expect(r.quadrant[i]).toBe(q);
      expect(r.cluster[i]).toBe(r.pSim[i]! < 0.05 ? q : 0);
    }
    expect(LISA_LABELS[1]).toBe('HH');
    expect(LISA_LABELS[4]).toBe('HL');
  });

  it('localMoran draws neighbours without replacement from the other n - 1 values', () => {
    // Observation 0 has 2 binary neighbours among 4 others: its permuted lag is one of the 6
    // equally likely pairs of the other z values. Drawing with replacement would inflate the
    // variance by (N - 1) / (N - k) = 3 / 2 here.
    const values = [5, 1, 2, 3, 4.5];
    const w = weightsFromLists([[1, 2], [0], [0, 3], [2, 4], [3]]);
    const R = 20000;
    const r = localMoran(values, w, { permutations: R, rng: createRng(4) });
    const n = values.length;
    const others = [1, 2, 3, 4].map((j) => r.z[j]!);
    const sims: number[] = [];
    for (let a = 0; a < 4; a++) {
      for (let b = a + 1; b < 4; b++)
        sims.push(((n - 1) / n) * r.z[0]! * (others[a]! + others[b]!));
    }
    const mean = sims.reduce((s, v) => s + v, 0) / 6;
    const sd = Math.sqrt(sims.reduce((s, v) => s + (v - mean) ** 2, 0) / 6);
    expect(r.zSim[0]).toBeCloseTo((r.Is[0]! - mean) / sd, 1);
  });

  it('localMoran gives islands I = 0 and no p-value', () => {
    const r = localMoran([1, 2, 3, 10], weightsFromLists([[1], [0, 2], [1], []]));
    expect(r.Is[3]).toBe(0);
    expect(r.pSim[3]).toBeNaN();
    expect(r.cluster[3]).toBe(0);
  });

  it('localMoran is deterministic for a given seed and does not mutate its inputs', () => {
    const values = Float64Array.from(y);
    const w = rowStandardise(queen);
    const a = localMoran(values, w, { permutations: 49, rng: createRng(8) });
    const b = localMoran(values, w, { permutations: 49, rng: createRng(8) });
    expect(a.pSim).toEqual(b.pSim);
    expect(values).toEqual(Float64Array.from(y));
  });

  it('localMoran rejects missing values', () => {
    expect(() => localMoran([1, Number.NaN, 2], weightsFromLists([[1], [0, 2], [1]]))).toThrow(
      /^localMoran requires finite values/,
    );
  });
});
