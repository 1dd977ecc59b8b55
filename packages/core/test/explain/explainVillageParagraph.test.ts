import { describe, expect, it } from 'vitest';
import { explainVillage } from '../../src/explain/explainVillage.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import type { ScenarioIndicator } from '../../src/scenario/types.ts';
import { createTable } from '../../src/table/createTable.ts';

const count = (id: string, unit: string): ScenarioIndicator => ({
  id,
  label: { id, en: id },
  unit,
  kind: 'count',
  direction: 'higher-is-worse',
});

describe('explainVillage paragraph', () => {
  it('explainVillage paragraph: the score with its scale, values with units against the district median, points of the score', () => {
    const { table } = createTable([
      {
        code: '33.21.01.2001',
        name: 'Sukamaju',
        kecamatanName: 'Kaliwungu',
        values: { d1: 40, rtlh: 12 },
      },
      {
        code: '33.21.01.2002',
        name: 'Sukamundur',
        kecamatanName: 'Kaliwungu',
        values: { d1: 10, rtlh: 30 },
      },
      {
        code: '33.21.02.2001',
        name: 'Karanganyar',
        kecamatanName: 'Sayung',
        values: { d1: 25, rtlh: 5 },
      },
    ]);
    const result = runScenario(table, {
      name: 'A',
      indicators: [count('d1', 'KK'), count('rtlh', 'unit')],
      select: { mode: 'top-n', n: 1 },
    });
    const e = explainVillage(result, 0);
    expect(e.text).toBe(
      'Desa Sukamaju (Kec. Kaliwungu, 33.21.01.2001) berada di peringkat 1 dari 3 desa/kelurahan yang diperingkat dan peringkat 1 dari 2 di kecamatannya, dengan skor 64 dari skala 0–100 (makin tinggi makin prioritas). Yang paling menaikkan skornya dibanding desa/kelurahan lain: d1 40 KK, di atas median kabupaten 25 KK (menyumbang 50 poin skor; rata-rata kabupaten 25 poin). Terpilih sebagai lokus: peringkatnya masuk batas pemilihan (1 lokus teratas).',
    );
    expect(e.indicators.map((d) => d.median)).toEqual([25, 12]);
    expect(explainVillage(result, 0, { locale: 'en' }).text).toContain(
      'd1 40 KK, above the district median of 25 KK (50 points of the score; district average 25 points)',
    );
  });

  it('explainVillage paragraph: an IDM sub-index below the district median, with a decimal comma and no method name', () => {
    const iks = [0.52, 0.61, 0.7, 0.58, 0.66];
    const { table } = createTable(
      iks.map((v, i) => ({
        code: `33.21.01.200${i + 1}`,
        name: `Desa${i + 1}`,
        values: { iks: v, ike: 0.6 + 0.01 * i },
      })),
    );
    const idx = (id: string): ScenarioIndicator => ({
      id,
      label: { id: id.toUpperCase(), en: id.toUpperCase() },
      unit: 'indeks 0–1',
      kind: 'index',
      direction: 'higher-is-better',
      dimension: id.toUpperCase(),
    });
    const result = runScenario(table, {
      name: 'IDM',
      indicators: [idx('iks'), idx('ike')],
      weights: { method: 'nested' },
      select: { mode: 'top-n', n: 2 },
    });
    const e = explainVillage(result, 0);
    expect(e.text).toContain('IKS 0,52, di bawah median kabupaten 0,61');
    expect(e.text).not.toMatch(/Rata-rata aritmetika|arithmetic|minmax|nested/i);
    expect(e.text).toMatch(/dengan skor \d+(,\d+)? dari skala 0–100/);
  });

  it('explainVillage paragraph: no points for methods whose contributions are not points of the score', () => {
    const { table } = createTable(
      [3, 9, 4, 7].map((v, i) => ({ code: `33.21.01.200${i + 1}`, values: { a: v, b: 10 - v } })),
    );
    const result = runScenario(table, {
      name: 'T',
      indicators: [count('a', 'KK'), count('b', 'KK')],
      aggregate: { method: 'topsis' },
      select: { mode: 'top-n', n: 1 },
    });
    const e = explainVillage(result, 1);
    expect(e.text).not.toContain('poin');
    expect(e.text).toContain('dari skala 0–1 ');
  });
});
