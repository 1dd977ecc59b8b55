import { describe, expect, it } from 'vitest';
import { normalTail, twoSidedP } from '../../src/spatial/normalTail.ts';
import { spdep } from './golden.ts';

describe('normalTail', () => {
  it('normalTail matches R pnorm(z, lower.tail = FALSE) from spdep moran.test p-values', () => {
    const tests = [
      spdep.lattice.moranQueenW,
      spdep.lattice.moranQueenB,
      spdep.lattice.moranRookW,
      spdep.points.moranKnn4W,
      spdep.demak.moranIdmQueenW,
    ];
    for (const t of tests) {
      expect(Math.abs(normalTail(t.zRand) / t.pRandGreater - 1)).toBeLessThan(1e-12);
      expect(Math.abs(normalTail(t.zNorm) / t.pNormGreater - 1)).toBeLessThan(1e-12);
    }
  });

  it('normalTail matches R pnorm at textbook points on both sides', () => {
    // R: pnorm(1.959963984540054, lower.tail = FALSE) = 0.025; pnorm(-1) = 0.15865525393145705.
    expect(normalTail(1.959963984540054)).toBeCloseTo(0.025, 15);
    expect(normalTail(1)).toBeCloseTo(0.15865525393145705, 15);
    expect(normalTail(-1)).toBeCloseTo(1 - 0.15865525393145705, 15);
    expect(normalTail(0)).toBe(0.5);
  });

  it('normalTail is continuous where the series hands over to the continued fraction', () => {
    expect(Math.abs(normalTail(3 - 1e-12) / normalTail(3) - 1)).toBeLessThan(1e-10);
  });

  it('twoSidedP doubles the tail of |z|', () => {
    expect(twoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 15);
    expect(twoSidedP(Number.NaN)).toBeNaN();
  });
});
