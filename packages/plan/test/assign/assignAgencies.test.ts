import {
  type Agency,
  type AssignmentSolver,
  type AssignOptions,
  assignAgencies,
  loadSolver,
} from '@lokus/plan';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { agency, villages } from '../fixtures.ts';
import { broken, bruteForce, type Pair } from './bruteForce.ts';

let highs: AssignmentSolver;
beforeAll(async () => {
  highs = await loadSolver();
});

const INDICATORS = ['desil1_kk', 'rtlh_unit', 'tanpa_air_kk', 'stunting_pct'];
const CODES = ['33.21.01.2001', '33.21.01.2002', '33.21.01.2003', '33.21.02.2001', '33.21.02.2002'];

const agencyArb = (name: string): fc.Arbitrary<Agency> =>
  fc
    .record({
      mandate: fc.subarray(INDICATORS, { minLength: 1 }),
      min: fc.integer({ min: 0, max: 2 }),
      extra: fc.integer({ min: 0, max: 2 }),
      preferKecamatan: fc.subarray(['33.21.01', '33.21.02']),
      pinned: fc.subarray(CODES, { maxLength: 1 }),
    })
    .map(({ min, extra, ...rest }) =>
      agency(name, rest.mandate, { ...rest, min, max: min + extra }),
    );

const optionsArb: fc.Arbitrary<AssignOptions> = fc.record(
  {
    minAgenciesPerLocus: fc.integer({ min: 0, max: 2 }),
    maxAgenciesPerLocus: fc.integer({ min: 1, max: 2 }),
    maxPerKecamatan: fc.integer({ min: 1, max: 2 }),
  },
  { requiredKeys: [] },
);

describe('assignAgencies', () => {
  it('equals brute force on tiny instances and respects every constraint (property)', () => {
    const v = villages();
    fc.assert(
      fc.property(
        fc.tuple(agencyArb('A'), agencyArb('B'), agencyArb('C')),
        fc.integer({ min: 1, max: 3 }),
        optionsArb,
        (all, k, options) => {
          const agencies = all.slice(0, k);
          const best = bruteForce(v, agencies, options);
          const r = assignAgencies(v, agencies, highs, options);
          if (best === null) {
            expect(r.status).toBe('infeasible');
            expect(r.infeasible.length).toBeGreaterThan(0);
            return;
          }
          expect(r.status).toBe('optimal');
          expect(r.objective).toBe(best);
          const chosen: Pair[] = r.assignments.map((a) => [
            agencies.findIndex((x) => x.name === a.agency),
            v.findIndex((x) => x.code === a.village),
          ]);
          expect(broken(chosen, v, agencies, options)).toEqual([]);
          expect(r.assignments.reduce((s, a) => s + a.points, 0)).toBe(best);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('explains each assignment with the needs met, the value and the place in the district', () => {
    const r = assignAgencies(
      villages(),
      [
        agency('Dinas Perkim', ['rtlh_unit'], { max: 4, min: 0 }),
        agency('Dinas Sosial', ['desil1_kk'], { max: 4 }),
      ],
      highs,
      {
        maxAgenciesPerLocus: 1,
      },
    );
    expect(r.status).toBe('optimal');
    expect(r.assignments.map((a) => a.text.id)).toEqual([
      'Dinas Perkim → Desa Karangrejo: rtlh_unit 95 unit, tertinggi di kabupaten',
      'Dinas Sosial → Desa Sukamaju: desil1_kk 90 KK, tertinggi di kabupaten',
      'Dinas Sosial → Desa Mojosari: desil1_kk 35 KK, tertinggi ke-2 di kabupaten',
      'Dinas Sosial → Desa Banyumeneng: desil1_kk 32 KK, tertinggi ke-3 di kabupaten',
    ]);
    expect(r.assignments[2]?.text.en).toBe(
      'Dinas Sosial → Desa Mojosari: desil1_kk 35 KK, 2nd highest in the district',
    );
  });

  it('names a locus that no agency mandate fits, before solving', () => {
    const r = assignAgencies(
      villages(),
      [agency('Dinas Perkim', ['rtlh_unit'], { max: 4 })],
      highs,
    );
    expect(r.status).toBe('infeasible');
    expect(r.infeasible.map((x) => [x.group, x.subject, x.found])).toEqual([
      ['locus-coverage', '33.21.01.2001', 'precheck'],
      ['locus-coverage', '33.21.02.2001', 'precheck'],
    ]);
    expect(r.infeasible[0]?.text.id).toBe(
      'locus-coverage, 33.21.01.2001: lokus ini memerlukan minimal 1 OPD, tetapi hanya 0 OPD yang mandatnya sesuai kebutuhannya',
    );
  });

  it('names pins beyond an agency maximum', () => {
    const r = assignAgencies(
      villages(),
      [
        agency('Dinas Sosial', ['desil1_kk'], {
          max: 1,
          pinned: ['33.21.01.2001', '33.21.01.2002'],
        }),
      ],
      highs,
    );
    expect(r.infeasible.map((x) => [x.group, x.subject])).toEqual([
      ['capacity-max', 'Dinas Sosial'],
    ]);
    expect(r.infeasible[0]?.text.en).toBe(
      'capacity-max, Dinas Sosial: at most 1, but the team pinned 2 pairs',
    );
  });

  it('names every constraint whose removal alone restores feasibility, by relaxing', () => {
    // Dinas Sosial is the only agency; its 4 loci lie 3 + 1 in two kecamatan, at most 2 per
    // kecamatan: either the spread or the coverage of one Kaliwungu locus has to give.
    const r = assignAgencies(
      villages(),
      [agency('Dinas Sosial', ['desil1_kk'], { max: 4 })],
      highs,
      {
        maxPerKecamatan: 2,
      },
    );
    expect(r.status).toBe('infeasible');
    expect(r.infeasible.map((x) => [x.group, x.subject, x.found])).toEqual([
      ['locus-coverage', '33.21.01.2001', 'relaxation'],
      ['locus-coverage', '33.21.01.2002', 'relaxation'],
      ['locus-coverage', '33.21.01.2003', 'relaxation'],
      ['kecamatan-spread', 'Dinas Sosial @ 33.21.01', 'relaxation'],
    ]);
    expect(r.infeasible[3]?.text.en).toBe(
      'kecamatan-spread, Dinas Sosial @ 33.21.01: this constraint cannot be met together with the others (without it an assignment exists)',
    );
  });

  it('gives the same assignment twice', () => {
    const agencies = [
      agency('Dinas Sosial', ['desil1_kk'], { max: 3 }),
      agency('Dinkes', ['stunting_pct', 'tanpa_air_kk'], { max: 3 }),
    ];
    const a = assignAgencies(villages(), agencies, highs);
    const b = assignAgencies(villages(), agencies, highs);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
