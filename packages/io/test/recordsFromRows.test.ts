import { COLUMN_HEADERS } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { recordsFromRows } from '../src/recordsFromRows.ts';

/** A header word as a spreadsheet might spell it: `kode 10` → `KODE10`, `nama desa` → `Nama_Desa`. */
const spelled = (word: string, i: number): string =>
  i % 2 === 0
    ? word.toUpperCase().replace(/ (?=\d)/g, '')
    : word.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/ /g, '_');

describe('recordsFromRows', () => {
  it('recordsFromRows reads number and text cells, keeping its input unchanged', () => {
    const rows = Object.freeze([
      Object.freeze(['kode', 'nama', 'kk', 'status']),
      Object.freeze([3321012001, 'A', 12, 'MAJU']),
      Object.freeze(['33.21.01.2002', 'B', '1.254', 'BERKEMBANG']),
    ]);
    const r = recordsFromRows(rows, { decimal: ',', lines: [5, 6, 7] });
    expect(r.diagnostics).toEqual([]);
    expect(r.numericColumns).toEqual(['kk']);
    expect(r.records).toEqual([
      { code: '33.21.01.2001', name: 'A', values: { kk: 12 } },
      { code: '33.21.01.2002', name: 'B', values: { kk: 1254 } },
    ]);
  });

  it("recordsFromRows finds the code, name and kecamatan columns by every word of core's COLUMN_HEADERS", () => {
    const { code, name, kecamatanName } = COLUMN_HEADERS;
    const words = Math.max(code.length, name.length, kecamatanName.length);
    for (let i = 0; i < words; i++) {
      const header = [code, kecamatanName, name].map((list) => spelled(list[i % list.length]!, i));
      const rows = [['Daftar desa'], ['idm', ...header], [0.6, 'x', 'Kec', 'Desa A']];
      rows[2]![1] = '3321012001';
      const r = recordsFromRows(rows);
      expect(r.records, header.join(' | ')).toEqual([
        { code: '33.21.01.2001', name: 'Desa A', kecamatanName: 'Kec', values: { idm: 0.6 } },
      ]);
    }
  });

  it('recordsFromRows gives diagnostics the given lines', () => {
    const r = recordsFromRows([['kode'], ['x']], { lines: [10, 12], file: 'f' });
    expect(r.diagnostics).toMatchObject([
      { code: 'MALFORMED_VILLAGE_CODE', row: 1, line: 12, file: 'f' },
    ]);
  });

  it('recordsFromRows reports EMPTY_FILE for rows of empty cells', () => {
    expect(recordsFromRows([[null, ' '], []]).diagnostics.map((d) => d.code)).toEqual([
      'EMPTY_FILE',
    ]);
  });

  it('recordsFromRows keeps every row of 200,000 repeats of one code and summarises the duplicates', () => {
    // Spreading that many diagnostics into one push() overflowed the call stack.
    const rows = [['kode', 'idm'], ...Array.from({ length: 200_000 }, () => ['3321012001', '1'])];
    const r = recordsFromRows(rows);
    expect(r.records).toHaveLength(200_000);
    const duplicates = r.diagnostics.filter((d) => d.code === 'DUPLICATE_VILLAGE_CODE');
    expect(duplicates.length).toBeGreaterThan(0);
    expect(r.diagnostics.length).toBeLessThan(100);
  }, 60_000);
});
