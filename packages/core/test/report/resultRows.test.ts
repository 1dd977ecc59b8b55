import { describe, expect, it } from 'vitest';
import { resultRows } from '../../src/report/resultRows.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import { createTable } from '../../src/table/createTable.ts';

const { table } = createTable([
  { code: '99.01.01.2001', name: 'A', values: { d1: 10, kk: 100 } },
  { code: '99.01.01.2002', name: 'B', values: { d1: 30, kk: 100 } },
  { code: '99.01.02.1001', name: 'C', values: { d1: Number.NaN, kk: 50 } },
  { code: '99.01.02.2003', name: 'D', values: { d1: 20, kk: 40 } },
]);
const result = runScenario(table, {
  name: 'uji',
  indicators: [
    {
      id: 'd1_pct',
      column: 'd1',
      denominator: 'kk',
      per: 100,
      label: { id: 'a', en: 'a' },
      kind: 'rate',
      direction: 'higher-is-worse',
    },
  ],
  select: { mode: 'top-n', n: 1 },
  classify: { scheme: 'equal-interval', k: 2 },
});

describe('resultRows', () => {
  it('resultRows lists every village in rank order, unranked last, with values copied from the stages', () => {
    const { columns, rows } = resultRows(result);
    expect(columns).toEqual([
      'peringkat',
      'kode',
      'nama',
      'kode_kec',
      'nama_kec',
      'jenis',
      'd1_pct',
      'skor',
      'peringkat_kecamatan',
      'kelas',
      'lokus',
      'alasan',
      'keterangan',
    ]);
    expect(rows.map((r) => [r.kode, r.peringkat, r.lokus, r.alasan])).toEqual([
      ['99.01.02.2003', 1, 1, 'rank'],
      ['99.01.01.2002', 2, 0, 'below-cutoff'],
      ['99.01.01.2001', 3, 0, 'below-cutoff'],
      ['99.01.02.1001', null, 0, 'unranked'],
    ]);
    expect(rows[0]!.d1_pct).toBe(50);
    expect(rows[0]!.skor).toBe(result.stages!.aggregated.score[3]);
    expect(rows[0]!.jenis).toBe('desa');
    expect(rows[3]!.jenis).toBe('kelurahan');
    expect(rows[3]!.kelas).toBeNull();
  });

  it('resultRows gives the reason in Indonesian by default and the English sentence on request', () => {
    const id = resultRows(result).rows;
    expect(id[0]!.keterangan).toBe('peringkatnya masuk batas pemilihan');
    expect(id[3]!.keterangan).toBe('tidak diperingkat karena skornya tidak dapat dihitung');
    const en = resultRows(result, { locale: 'en' }).rows;
    expect(en[0]!.keterangan).toBe(result.stages!.selected.detail[3]);
  });

  it('resultRows keeps the reason a user wrote for a forced decision', () => {
    const forced = runScenario(table, {
      name: 'uji',
      indicators: [
        { id: 'd1', label: { id: 'a', en: 'a' }, kind: 'count', direction: 'higher-is-worse' },
      ],
      select: { mode: 'top-n', n: 1, include: [{ code: '9901012001', reason: 'Banjir rob 2025' }] },
    });
    const row = resultRows(forced).rows.find((r) => r.kode === '99.01.01.2001');
    expect(row?.keterangan).toBe('ditetapkan masuk: Banjir rob 2025');
  });

  it('resultRows of a failed run has the columns and no rows', () => {
    const failed = runScenario(table, { name: 'x', indicators: [] });
    expect(failed.ok).toBe(false);
    expect(resultRows(failed).rows).toEqual([]);
  });
});
