import { describe, expect, it } from 'vitest';
import { recordsFromRows } from '../src/recordsFromRows.ts';

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
});
