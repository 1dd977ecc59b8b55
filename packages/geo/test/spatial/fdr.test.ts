import { describe, expect, it } from 'vitest';
import { fdr } from '../../src/spatial/fdr.ts';
import { maxAbsDiff, spdep } from './golden.ts';

describe('fdr', () => {
  it('fdr adjusted p-values match R p.adjust(method = "BH") on the lattice local Moran p-values', () => {
    const { p, pBH } = spdep.lattice.localMoranQueenW;
    expect(maxAbsDiff(fdr(p).adjusted, pBH)).toBeLessThan(1e-14);
  });

  it('fdr adjusted p-values match R p.adjust BH with binary weights too', () => {
    const { p, pBH } = spdep.lattice.localMoranQueenB;
    expect(maxAbsDiff(fdr(p).adjusted, pBH)).toBeLessThan(1e-14);
  });

  it('fdr significant flags the BH rejections, which esda threshold reproduces', () => {
    const { p, pBH } = spdep.lattice.localMoranQueenW;
    const r = fdr(p, { alpha: 0.05 });
    expect(Array.from(r.significant)).toEqual(pBH.map((q) => (q <= 0.05 ? 1 : 0)));
    expect(p.map((v) => (v < r.threshold ? 1 : 0))).toEqual(Array.from(r.significant));
  });

  it('fdr threshold is alpha / n when nothing passes (esda.fdr)', () => {
    expect(fdr([0.5, 0.9, 0.7], { alpha: 0.1 }).threshold).toBeCloseTo(0.1 / 3, 15);
  });

  it('fdr rejects p-values outside [0, 1] and missing ones', () => {
    expect(() => fdr([0.1, Number.NaN])).toThrow(/^fdr requires p-values in \[0, 1\]/);
    expect(() => fdr([0.1], { alpha: 0 })).toThrow(/^fdr requires alpha/);
  });
});
