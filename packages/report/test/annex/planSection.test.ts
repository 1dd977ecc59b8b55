import { type PlanSectionCoverage, planSection } from '@lokus/report';
import { describe, expect, it } from 'vitest';

const need = (id: string) => ({ label: { id, en: id } });
const COVERAGE: PlanSectionCoverage = {
  loci: [
    {
      code: '33.21.01.2001',
      name: 'Sukamaju',
      kecamatan: '33.21.01',
      kecamatanName: 'Kaliwungu',
      rows: [1, 3],
      agencies: ['BAZNAS', 'Dinas Sosial'],
      budget: 70_000_000,
      budgetPerPoorHousehold: 777_777.7,
      unaddressed: [],
    },
    {
      code: '33.21.02.2001',
      name: 'Banyumeneng',
      kecamatan: '33.21.02',
      kecamatanName: '',
      rows: [],
      agencies: [],
      budget: 0,
      budgetPerPoorHousehold: null,
      unaddressed: [need('RTLH'), need('Prevalensi stunting')],
    },
  ],
  doubles: [{}],
  nonLoci: [{ budget: 30_000_000 }],
  totals: {
    budget: 100_000_000,
    budgetOnLoci: 70_000_000,
    budgetOffLoci: 30_000_000,
    bySource: { APBD: 80_000_000, BAZNAS: 20_000_000 },
    loci: 2,
    lociCovered: 1,
    needs: 3,
    needsAddressed: 1,
  },
};

describe('planSection', () => {
  it('states the totals in words and one row per locus, the uncovered one marked', () => {
    const s = planSection(COVERAGE, null, 'id');
    expect(s.title).toBe('Rencana aksi pada lokus');
    expect(s.paragraphs[0]).toBe(
      'Rencana aksi menjangkau 1 dari 2 lokus; 1 lokus belum mendapat program. Dari 3 kebutuhan utama lokus (indikator yang paling menaikkan skornya), 1 ditangani oleh sedikitnya satu program.',
    );
    expect(s.paragraphs[1]).toContain(
      'Anggaran Rp100.000.000 (APBD Rp80.000.000, BAZNAS Rp20.000.000)',
    );
    expect(s.paragraphs[1]).toContain('Rp30.000.000 di 1 desa/kelurahan bukan lokus');
    expect(s.loci).toEqual([
      {
        code: '33.21.01.2001',
        village: 'Sukamaju (Kaliwungu, 33.21.01.2001)',
        programmes: '2',
        agencies: 'BAZNAS, Dinas Sosial',
        budget: 'Rp70.000.000',
        perPoor: 'Rp777.778',
        unaddressed: '–',
        uncovered: false,
      },
      {
        code: '33.21.02.2001',
        village: 'Banyumeneng (33.21.02, 33.21.02.2001)',
        programmes: '0',
        agencies: '–',
        budget: 'Rp0',
        perPoor: '–',
        unaddressed: 'RTLH, Prevalensi stunting',
        uncovered: true,
      },
    ]);
    expect(s.assignment).toBeNull();
  });

  it('lists the agency pairs in words only for an optimal assignment, in English on request', () => {
    const pair = {
      agency: 'Dinas Perkim',
      village: '33.21.02.2001',
      villageName: 'Banyumeneng',
      kecamatanName: 'Sayung',
      text: {
        id: 'Dinas Perkim → Desa Banyumeneng: RTLH 31 unit',
        en: 'Dinas Perkim → Desa Banyumeneng: RTLH 31 unit',
      },
    };
    const s = planSection(COVERAGE, { status: 'optimal', assignments: [pair] }, 'en');
    expect(s.title).toBe('Action plan on the loci');
    expect(s.assignment?.rows).toEqual(['Dinas Perkim → Desa Banyumeneng: RTLH 31 unit']);
    expect(
      planSection(COVERAGE, { status: 'infeasible', assignments: [] }, 'id').assignment,
    ).toBeNull();
  });
});
