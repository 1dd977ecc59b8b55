import type { VillageRecord } from '@lokus/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/readCsv.ts';
import type { ColumnarRecords } from '../src/types.ts';

/** The records a columnar read stands for, row by row. */
function recordsOf(c: ColumnarRecords): VillageRecord[] {
  return c.code.map((code, i) => {
    const values: Record<string, number> = {};
    for (const [id, column] of Object.entries(c.values)) values[id] = column[i]!;
    return {
      code,
      ...(c.name ? { name: c.name[i]! } : {}),
      ...(c.kecamatanName ? { kecamatanName: c.kecamatanName[i]! } : {}),
      values,
    };
  });
}

/** readCsv by column gives the same rows, columns and diagnostics as by record. */
function expectSameRead(text: string): void {
  const byRecord = readCsv(text, { file: 't.csv' });
  const byColumn = readCsv(text, { file: 't.csv', columnar: true });
  expect(byColumn.records).toEqual([]);
  expect(byColumn.diagnostics).toEqual(byRecord.diagnostics);
  const { records: _a, columnar, ...restColumn } = byColumn;
  const { records, ...restRecord } = byRecord;
  expect(restColumn).toEqual(restRecord);
  expect(recordsOf(columnar!)).toEqual(records);
  expect(Object.keys(columnar!.values)).toEqual(byRecord.numericColumns);
}

describe('readCsv columnar', () => {
  it('readCsv with columnar gives the records by column with the same diagnostics', () => {
    expectSameRead(
      'kode,nama,nama_kec,a,b\n3321012001,Banyumeneng,Mranggen,1,2.5\n3321012002,Batursari,Mranggen,,-\n',
    );
  });

  it('readCsv with columnar keeps ragged rows, bad cells, bad and repeated codes as the records do', () => {
    expectSameRead(
      [
        'Data 2024',
        'kode;nama;idm;jumlah;catatan',
        '3321012001;Banyumeneng;0,65;1.254;x',
        '3321012001;Lagi;0,7;12;y',
        ';Tanpa kode;abc;3;z',
        '33.21.01.2003;"Kebon; Batur";0,5',
        'bukan-kode;\tKontrol\t;0,4;7;w;extra',
        '',
      ].join('\n'),
    );
  });

  it('readCsv with columnar reads a file without name columns', () => {
    expectSameRead('kode,idm\n3321012001,0.65\n3321012002,NA\n');
  });

  it('readCsv with columnar matches the records on generated tables', () => {
    const cell = fc.oneof(
      fc.constantFrom('', '-', 'NA', 'abc', '1.254', '1,5', '12,5%', ' 7 ', '0042'),
      fc.integer({ min: -500, max: 5000 }).map(String),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => String(Math.round(x * 100) / 100)),
    );
    const row = fc.tuple(
      fc.integer({ min: 1001, max: 1020 }),
      fc.array(cell, { minLength: 2, maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const lines = rows.map(([v, cells]) =>
          [`33210120${v - 1000 < 10 ? '0' : ''}${v - 1000}`, ...cells].join(';'),
        );
        expectSameRead(['kode;a;b;c', ...lines].join('\n'));
      }),
      { numRuns: 60 },
    );
  });
});
