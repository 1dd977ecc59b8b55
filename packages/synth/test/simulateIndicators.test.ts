import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import {
  SIMULATED_IDS,
  simulateIndicators,
  type VillageLatent,
} from '../src/simulateIndicators.ts';

function latent(n: number, seed: number): VillageLatent {
  const rng = createRng(seed);
  const l = {
    poverty: new Float64Array(n),
    environment: new Float64Array(n),
    urban: new Float64Array(n),
    kelurahan: new Uint8Array(n),
    logPopulation: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    l.poverty[i] = 2 * rng() - 1;
    l.environment[i] = 2 * rng() - 1;
    l.kelurahan[i] = i % 10 === 0 ? 1 : 0;
    l.urban[i] = l.kelurahan[i] ? 1 : 0.2 * rng();
    l.logPopulation[i] = Math.log(3000);
  }
  return l;
}

describe('simulateIndicators', () => {
  it('simulateIndicators keeps desil1 ≤ desil12 ≤ kk_total and the other counts within bounds', () => {
    const cols = simulateIndicators(createRng(1), latent(3000, 1));
    for (let i = 0; i < 3000; i++) {
      const kk = cols.kk_total[i]!;
      expect(cols.desil1_kk[i]!).toBeLessThanOrEqual(cols.desil12_kk[i]!);
      expect(cols.desil12_kk[i]!).toBeLessThanOrEqual(kk);
      expect(cols.miskin_ekstrem_jiwa[i]!).toBeLessThanOrEqual(cols.penduduk[i]!);
      for (const id of [
        'rtlh_unit',
        'tanpa_air_kk',
        'tanpa_sanitasi_kk',
        'listrik_non_pln_kk',
      ] as const)
        expect(cols[id][i]!).toBeLessThanOrEqual(kk);
      for (const id of SIMULATED_IDS) {
        const v = cols[id][i]!;
        if (!Number.isNaN(v)) expect(v).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('simulateIndicators calibrates the household-weighted desil-1 share', () => {
    for (const share of [0.05, 0.1, 0.2]) {
      const cols = simulateIndicators(createRng(2), latent(4000, 2), { desil1Share: share });
      let d1 = 0;
      let kk = 0;
      for (let i = 0; i < 4000; i++) {
        d1 += cols.desil1_kk[i]!;
        kk += cols.kk_total[i]!;
      }
      expect(Math.abs(d1 / kk - share) / share).toBeLessThan(0.03);
    }
  });

  it('simulateIndicators makes IDM the mean of IKS, IKE, IKL to 4 decimals, missing for kelurahan', () => {
    const l = latent(2000, 3);
    const cols = simulateIndicators(createRng(3), l);
    for (let i = 0; i < 2000; i++) {
      if (l.kelurahan[i]) {
        expect(cols.idm[i]).toBeNaN();
        expect(cols.iks[i]).toBeNaN();
      } else {
        const mean = (cols.iks[i]! + cols.ike[i]! + cols.ikl[i]!) / 3;
        expect(cols.idm[i]).toBe(Math.round(mean * 1e4) / 1e4);
      }
    }
  });

  it('simulateIndicators sets the requested share of values missing, IDM parts together', () => {
    const cols = simulateIndicators(createRng(4), latent(5000, 4), {
      missing: { stunting_pct: 0.05, idm: 0.04 },
    });
    const nan = (xs: Float64Array): number => xs.filter((x) => Number.isNaN(x)).length;
    expect(nan(cols.stunting_pct) / 5000).toBeGreaterThan(0.035);
    expect(nan(cols.stunting_pct) / 5000).toBeLessThan(0.065);
    expect(nan(cols.kk_total)).toBe(0);
    expect(nan(cols.desil1_kk)).toBe(0);
    expect(nan(cols.atps_anak)).toBe(0);
    for (let i = 0; i < 5000; i++)
      expect(Number.isNaN(cols.idm[i]!)).toBe(Number.isNaN(cols.ike[i]!));
  });

  it('simulateIndicators raises poverty counts with the poverty propensity and does not mutate it', () => {
    const l = latent(4000, 5);
    const copy = Float64Array.from(l.poverty);
    const cols = simulateIndicators(createRng(5), l);
    expect(Array.from(l.poverty)).toEqual(Array.from(copy));
    let poorShare = 0;
    let richShare = 0;
    let poor = 0;
    let rich = 0;
    for (let i = 0; i < 4000; i++) {
      const s = cols.desil1_kk[i]! / cols.kk_total[i]!;
      if (l.poverty[i]! > 0.5) {
        poorShare += s;
        poor++;
      } else if (l.poverty[i]! < -0.5) {
        richShare += s;
        rich++;
      }
    }
    expect(poorShare / poor).toBeGreaterThan(1.3 * (richShare / rich));
  });
});
