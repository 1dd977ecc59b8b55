import { describe, expect, it } from 'vitest';
import { describeScenario } from '../../src/explain/describeScenario.ts';
import type { Scenario, ScenarioIndicator } from '../../src/scenario/types.ts';

const ind = (id: string, extra: Partial<ScenarioIndicator> = {}): ScenarioIndicator => ({
  id,
  label: { id: `Label ${id}`, en: `Label ${id} en` },
  kind: 'count',
  direction: 'higher-is-worse',
  ...extra,
});

const campuran: Scenario = Object.freeze<Scenario>({
  name: 'Lokus campuran',
  description: 'Tiga dimensi.',
  indicators: [
    ind('desil1_pct', { unit: '%', dimension: 'DTSEN', source: 'DTSEN', year: 2025 }),
    ind('miskin', { dimension: 'DTSEN' }),
    ind('stunting', { dimension: 'LAYANAN' }),
    ind('idm', {
      dimension: 'IDM',
      direction: 'higher-is-better',
      unit: 'indeks 0–1',
      source: 'Kemendesa PDTT, IDM',
      year: 2024,
    }),
  ],
  missing: 'kecamatan-median',
  weights: { method: 'nested', dimensions: { DTSEN: 2, LAYANAN: 1, IDM: 1 } },
  select: {
    mode: 'top-n',
    n: 25,
    quota: { min: 1, max: 3 },
    eligibility: { kinds: ['desa'], minimum: [{ indicator: 'miskin', min: 10 }] },
    include: [{ code: '99.01.05.2010', reason: 'Desa terdampak banjir rob 2025' }],
    exclude: [{ code: '99.01.07.2001', reason: 'Sudah lokus program provinsi' }],
    carryOver: ['99.01.01.2002'],
  },
});

describe('describeScenario', () => {
  it('describeScenario gives every indicator its weight as a percentage, its direction, source and year', () => {
    const d = describeScenario(campuran);
    expect(d.indicators.map((x) => x.weightText)).toEqual(['25%', '25%', '25%', '25%']);
    expect(d.indicators[3]).toMatchObject({
      name: 'Label idm',
      unit: 'indeks 0–1',
      source: 'Kemendesa PDTT, IDM, 2024',
      direction: 'makin tinggi makin baik (dibalik: nilai rendah diprioritaskan)',
    });
    expect(d.indicators[0]!.direction).toBe('makin tinggi makin membutuhkan');
    expect(d.dimensions).toEqual([
      { id: 'DTSEN', weight: 0.5, weightText: '50%' },
      { id: 'LAYANAN', weight: 0.25, weightText: '25%' },
      { id: 'IDM', weight: 0.25, weightText: '25%' },
    ]);
  });

  it('describeScenario states every selection rule, naming forced villages and their reasons', () => {
    const d = describeScenario(campuran, { names: { '99.01.05.2010': 'Banyuurip' } });
    expect(d.rules).toEqual([
      'Dipilih 25 desa/kelurahan dengan skor tertinggi.',
      'Setiap kecamatan mendapat paling sedikit 1 lokus.',
      'Setiap kecamatan mendapat paling banyak 3 lokus.',
      'Hanya desa yang dapat dipilih.',
      'Hanya desa/kelurahan dengan Label miskin paling sedikit 10 yang dapat dipilih.',
      'Banyuurip (99.01.05.2010) ditetapkan masuk: Desa terdampak banjir rob 2025.',
      '99.01.07.2001 ditetapkan keluar: Sudah lokus program provinsi.',
      'Lokus tahun lalu dipertahankan bila masih memenuhi syarat: 99.01.01.2002.',
    ]);
  });

  it('describeScenario words the method without jargon and says how gaps are filled', () => {
    const d = describeScenario(campuran);
    expect(d.paragraphs[0]).toBe('Tiga dimensi.');
    expect(d.paragraphs.join(' ')).toContain('makin tinggi berarti makin membutuhkan');
    expect(d.paragraphs.join(' ')).toContain(
      'data kosong diisi median kecamatannya'.replace(/^d/, 'D'),
    );
    expect(d.text).not.toMatch(/minmax|arithmetic|Rata-rata aritmetika|nested|kecamatan-median/);
    expect(d.text).toContain('Bobot per dimensi: DTSEN 50%, LAYANAN 25%, IDM 25%.');
  });

  it('describeScenario in English on request, with decimal points', () => {
    const d = describeScenario(
      {
        ...campuran,
        weights: { method: 'manual' },
        indicators: campuran.indicators.map((x, j) => ({ ...x, weight: j + 1 })),
      },
      { locale: 'en' },
    );
    expect(d.indicators.map((x) => x.weightText)).toEqual(['10%', '20%', '30%', '40%']);
    expect(d.rules[0]).toBe('The 25 villages with the highest scores are chosen.');
    expect(d.dimensions).toEqual([]);
  });

  it('describeScenario with weights from the data says so, unless the last run weights are given', () => {
    const s: Scenario = {
      name: 'e',
      indicators: [ind('a'), ind('b')],
      weights: { method: 'entropy' },
    };
    expect(describeScenario(s).indicators.map((x) => x.weightText)).toEqual([
      'dari data',
      'dari data',
    ]);
    expect(
      describeScenario(s, { current: { a: 0.625, b: 0.375 } }).indicators.map((x) => x.weightText),
    ).toEqual(['62,5%', '37,5%']);
  });

  it('describeScenario of the default selection: the top 10%', () => {
    expect(describeScenario({ name: 'd', indicators: [ind('a')] }).rules).toEqual([
      'Dipilih 10% desa/kelurahan dengan skor tertinggi.',
    ]);
  });

  it('describeScenario says when villages are ranked within each kabupaten or province', () => {
    const s: Scenario = {
      name: 'k',
      indicators: [ind('a')],
      select: { mode: 'top-n', n: 5 },
      scope: { by: 'kabupaten' },
    };
    expect(describeScenario(s).rules).toEqual([
      'Dipilih 5 desa/kelurahan dengan skor tertinggi.',
      'Diperingkat dan dipilih di dalam setiap kabupaten/kota: jumlah, persentase, ambang dan kuota berlaku untuk setiap kabupaten/kota tersendiri.',
    ]);
    expect(describeScenario({ ...s, scope: { by: 'province' } }, { locale: 'en' }).rules[1]).toBe(
      'Ranked and selected within each province: the number, share, threshold and quotas apply to every province on its own.',
    );
    expect(describeScenario({ ...s, scope: { by: 'all' } }).rules[1]).toBe(
      'Semua desa dalam tabel diperingkat bersama.',
    );
    const { scope: _, ...unscoped } = s;
    expect(describeScenario(unscoped).rules).toHaveLength(1);
  });
});
