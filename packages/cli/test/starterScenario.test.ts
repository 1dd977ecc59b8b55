import { createTable, INDICATOR_CATALOGUE, runScenario } from '@lokus/core';
import { readScenario } from '@lokus/io';
import { describe, expect, it } from 'vitest';
import { starterScenario } from '../src/starterScenario.ts';

describe('starterScenario', () => {
  const text = starterScenario('33.21', { year: 2027 });
  const parsed = readScenario(text, { file: 'skenario.yaml' });

  it('parses as YAML with no diagnostic', () => {
    expect(parsed.diagnostics).toEqual([]);
  });

  it('names every catalogue indicator, five switched on and the rest commented out', () => {
    const indicators = INDICATOR_CATALOGUE.filter((e) => e.role === 'indicator');
    for (const e of indicators) expect(text).toContain(e.label.id);
    const value = parsed.value as { indicators: { id: string }[] };
    expect(value.indicators).toHaveLength(5);
  });

  it('scores a table with those columns', () => {
    const { table } = createTable([
      {
        code: '33.21.01.2001',
        values: {
          idm: 0.6,
          desil1_kk: 10,
          kk_total: 100,
          miskin_ekstrem_jiwa: 3,
          penduduk: 400,
          stunting_pct: 20,
          rtlh_unit: 4,
        },
      },
      {
        code: '33.21.01.2002',
        values: {
          idm: 0.7,
          desil1_kk: 5,
          kk_total: 120,
          miskin_ekstrem_jiwa: 1,
          penduduk: 500,
          stunting_pct: 10,
          rtlh_unit: 2,
        },
      },
    ]);
    const result = runScenario(table, parsed.value);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.stages?.ranked.rank[0]).toBe(1);
  });
});
