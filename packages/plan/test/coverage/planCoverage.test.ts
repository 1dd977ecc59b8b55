import { planCoverage, readPlan, readSheet } from '@lokus/plan';
import { describe, expect, it } from 'vitest';
import { villages } from '../fixtures.ts';

// Loci of the constructed district and their needs (top drivers, in order):
//   33.21.01.2001 desil1 | 33.21.01.2002 rtlh, desil1, stunting
//   33.21.01.2003 air, desil1, rtlh | 33.21.02.2001 stunting, desil1, air
const PLAN = [
  'OPD,Program,Indikator,Anggaran (Rp),Sumber Dana,Desa/Kelurahan',
  'Dinas Sosial,PKH plus,desil1_kk,100000000,APBD,"3321012001;3321012002"',
  'Dinas Perkim,Bedah rumah,rtlh_unit,90000000,Dana Desa,"3321012002;3321012003;3321022002"',
  'BAZNAS,Zakat produktif,desil1_kk,20000000,BAZNAS,3321012002',
].join('\n');

describe('planCoverage', () => {
  it('finds uncovered loci, unaddressed needs, double coverage and programmes off the loci', async () => {
    const v = villages();
    const c = planCoverage(readPlan(await readSheet(PLAN, { file: 'rat.csv' }), v), v);
    expect(c.uncovered).toEqual(['33.21.02.2001']);
    expect(c.unaddressed).toEqual([
      { village: '33.21.01.2002', indicators: ['stunting_pct'] },
      { village: '33.21.01.2003', indicators: ['tanpa_air_kk', 'desil1_kk'] },
      { village: '33.21.02.2001', indicators: ['stunting_pct', 'desil1_kk', 'tanpa_air_kk'] },
    ]);
    expect(c.doubles).toEqual([
      {
        village: '33.21.01.2002',
        name: 'Karangrejo',
        locus: true,
        indicator: 'desil1_kk',
        rows: [1, 3],
        agencies: ['BAZNAS', 'Dinas Sosial'],
      },
    ]);
    expect(c.nonLoci).toEqual([
      {
        code: '33.21.02.2002',
        name: 'Sidorejo',
        kecamatanName: 'Sayung',
        rows: [2],
        budget: 30_000_000,
      },
    ]);
  });

  it('splits each row budget evenly over its villages, per locus and per poor household', async () => {
    const v = villages();
    const c = planCoverage(readPlan(await readSheet(PLAN, { file: 'rat.csv' }), v), v);
    expect(c.loci.map((l) => [l.code, l.budget, l.poorHouseholds, l.agencies])).toEqual([
      ['33.21.01.2001', 50_000_000, 90, ['Dinas Sosial']],
      ['33.21.01.2002', 100_000_000, 30, ['BAZNAS', 'Dinas Perkim', 'Dinas Sosial']],
      ['33.21.01.2003', 30_000_000, 35, ['Dinas Perkim']],
      ['33.21.02.2001', 0, 32, []],
    ]);
    expect(c.loci[0]?.budgetPerPoorHousehold).toBeCloseTo(50_000_000 / 90, 6);
    expect(c.totals).toEqual({
      budget: 210_000_000,
      budgetOnLoci: 180_000_000,
      budgetOffLoci: 30_000_000,
      bySource: { APBD: 100_000_000, 'APBDes/Dana Desa': 90_000_000, BAZNAS: 20_000_000 },
      loci: 4,
      lociCovered: 3,
      needs: 10,
      needsAddressed: 4,
    });
  });

  it('leaves its inputs unchanged', async () => {
    const v = villages();
    const plan = readPlan(await readSheet(PLAN, { file: 'rat.csv' }), v);
    const before = JSON.stringify([plan, v]);
    planCoverage(Object.freeze(plan), Object.freeze(v));
    expect(JSON.stringify([plan, v])).toBe(before);
  });
});
