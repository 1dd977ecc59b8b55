import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/readCsv.ts';
import { writeCsv } from '../src/writeCsv.ts';

describe('writeCsv', () => {
  it('writeCsv prefixes text starting with = + - @ with a quote, never numbers', () => {
    const rows = Object.freeze([
      Object.freeze({ a: '=1+1', b: '+62', c: '-x', d: '@SUM(A1)', e: -5 }),
    ]);
    const text = writeCsv(rows, { columns: ['a', 'b', 'c', 'd', 'e'] });
    expect(text).toBe("a,b,c,d,e\r\n'=1+1,'+62,'-x,'@SUM(A1),-5");
  });

  it('writeCsv writes a decimal comma with a semicolon delimiter, missing values empty', () => {
    const rows = [{ kode: '33.21.01.2001', idm: 0.6529, kk: null, x: Number.NaN }];
    const text = writeCsv(rows, { columns: ['kode', 'idm', 'kk', 'x'], decimal: ',' });
    expect(text).toBe('kode;idm;kk;x\r\n33.21.01.2001;0,6529;;');
  });

  it('writeCsv round-trips through readCsv', () => {
    const rows = [
      { kode: '33.21.01.2001', nama: 'Banyu, "meneng"', skor: 1254.5 },
      { kode: '33.21.01.2002', nama: 'Batursari', skor: 0.25 },
      { kode: '33.21.01.2003', nama: 'Tiny', skor: 1.2e-16 },
      { kode: '33.21.01.2004', nama: 'Huge', skor: -3.5e21 },
    ];
    for (const decimal of ['.', ','] as const) {
      const r = readCsv(writeCsv(rows, { columns: ['kode', 'nama', 'skor'], decimal }));
      expect(r.diagnostics).toEqual([]);
      expect(r.records.map((x) => [x.code, x.name, x.values.skor])).toEqual(
        rows.map((x) => [x.kode, x.nama, x.skor]),
      );
    }
  });

  it('writeCsv requires columns and a delimiter unlike the decimal separator', () => {
    expect(() => writeCsv([], undefined as never)).toThrow(/^writeCsv requires options.columns/);
    expect(() => writeCsv([], { columns: [], decimal: ',', delimiter: ',' })).toThrow(
      /^writeCsv requires a delimiter different/,
    );
  });
});
