import { describe, expect, it } from 'vitest';
import { mapLegend } from '../../src/explain/mapLegend.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { createTable } from '../../src/table/createTable.ts';

const values = [0.41, 0.52, 0.55, 0.6, 0.63, 0.7, 0.72, 0.8, 0.86, Number.NaN];
const { table } = createTable(
  values.map((v, i) => ({
    code: `33.21.0${1 + (i % 2)}.20${String(i + 10)}`,
    values: { idm: v, d1: 10 * i + 5 },
  })),
);
const idm: Scenario = {
  name: 'IDM',
  indicators: [
    {
      id: 'idm',
      label: { id: 'Indeks Desa Membangun', en: 'Village Development Index' },
      unit: 'indeks 0–1',
      kind: 'index',
      direction: 'higher-is-better',
    },
  ],
  select: { mode: 'top-n', n: 3 },
  classify: { scheme: 'equal-interval', k: 4 },
};

describe('mapLegend', () => {
  it('mapLegend of the score: bounds in id-ID, counts, direction and the 0–100 scale', () => {
    const result = runScenario(table, idm);
    const legend = mapLegend(result);
    expect(legend.title).toBe('Skor prioritas');
    expect(legend.direction).toBe('Makin tinggi makin prioritas');
    expect(legend.scale).toBe('Skala 0–100');
    expect(legend.classes.map((c) => c.label)).toEqual([
      '0 – 25',
      '25 – 50',
      '50 – 75',
      '75 – 100',
    ]);
    const counts = legend.classes.map((c) => c.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(9);
    expect(counts).toEqual([...result.stages!.classes.counts]);
    expect(legend.unclassified.count).toBe(1);
    expect(legend.loci).toEqual({ count: 3, label: 'Lokus terpilih' });
  });

  it('mapLegend writes decimal commas in Indonesian and points in English', () => {
    const result = runScenario(table, { ...idm, normalise: { method: 'minmax', range: [0, 1] } });
    expect(mapLegend(result).classes[0]!.label).toBe('0,00 – 0,25');
    const en = mapLegend(result, { locale: 'en' });
    expect(en.classes[0]!.label).toBe('0.00 – 0.25');
    expect(en.direction).toBe('Higher means higher priority');
    expect(en.scale).toBe('Scale 0–1');
  });

  it('mapLegend of a raw indicator: its label and unit, its own direction, no score scale', () => {
    const result = runScenario(table, {
      ...idm,
      classify: { scheme: 'idm-status', k: 5, field: 'idm' },
    });
    const legend = mapLegend(result);
    expect(legend.title).toBe('Indeks Desa Membangun (indeks 0–1)');
    expect(legend.direction).toBe('Makin tinggi makin baik (makin rendah makin prioritas)');
    expect(legend.scale).toBeNull();
    expect(legend.classes.map((c) => c.label)).toEqual([
      'Sangat Tertinggal',
      'Tertinggal',
      'Berkembang',
      'Maju',
      'Mandiri',
    ]);
    expect(legend.classes.map((c) => c.count)).toEqual([1, 2, 3, 2, 1]);
  });

  it('mapLegend shows enough decimals to tell close bounds apart', () => {
    const result = runScenario(table, {
      ...idm,
      classify: { scheme: 'manual', k: 3, breaks: [0.5, 0.53, 1], field: 'idm' },
    });
    expect(mapLegend(result).classes.map((c) => c.label)).toEqual([
      '0,41 – 0,50',
      '0,50 – 0,53',
      '0,53 – 1,00',
    ]);
  });

  it('mapLegend has no scale for z-scores', () => {
    const result = runScenario(table, { ...idm, normalise: { method: 'zscore' } });
    expect(mapLegend(result).scale).toBeNull();
  });
});
