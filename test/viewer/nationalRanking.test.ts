import { createTableFromColumns, runScenario } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { nationalRanking, nationalScenario } from '../../apps/viewer/src/map/nationalRanking.ts';

const codes = ['11.01.01.1001', '11.02.01.2001', '12.03.01.2001', '12.03.01.2002'];

describe('national map: the ranking scope in the title', () => {
  it('says which scope is in force', () => {
    expect(nationalRanking(codes)).toBe(
      'Satu peringkat untuk seluruh 3 kabupaten/kota (2 provinsi): skenario tidak memeringkat per kabupaten',
    );
    expect(nationalRanking(codes, 'all')).toBe(nationalRanking(codes));
    expect(nationalRanking(codes, 'kabupaten')).toBe(
      'Peringkat di dalam setiap kabupaten/kota (3 kabupaten/kota)',
    );
    expect(nationalRanking(codes, 'province')).toBe(
      'Peringkat di dalam setiap provinsi (2 provinsi, 3 kabupaten/kota)',
    );
    expect(nationalRanking(codes.slice(0, 2), 'province')).toBe(
      'Satu peringkat untuk 2 kabupaten/kota dalam satu provinsi',
    );
    expect(nationalRanking(codes.slice(2))).toBe('Peringkat dalam satu kabupaten/kota');
  });

  it('national mode ranks within each kabupaten unless the scenario states a scope', () => {
    const indicator = {
      id: 'a',
      label: { id: 'a', en: 'a' },
      kind: 'count',
      direction: 'higher-is-worse',
    } as const;
    const scenario = {
      name: 'x',
      indicators: [indicator],
      select: { mode: 'top-n', n: 1 },
    } as const;
    const { table } = createTableFromColumns({
      code: codes,
      columns: { a: Float64Array.of(1, 2, 3, 4) },
    });
    const national = nationalScenario(scenario);
    expect(national.scope).toEqual({ by: 'kabupaten' });
    // One locus in each of the three kabupaten, not one for the whole table.
    expect(runScenario(table, national).stages?.selected.selected).toEqual(
      Uint8Array.of(1, 1, 0, 1),
    );
    expect(runScenario(table, scenario).stages?.selected.count).toBe(1);
    const stated = { ...scenario, scope: { by: 'all' } } as const;
    expect(nationalScenario(stated)).toBe(stated);
  });
});
