import { describe, expect, it } from 'vitest';
import { createTableFromColumns } from '../../src/table/createTableFromColumns.ts';

describe('createTableFromColumns', () => {
  it('createTableFromColumns builds the same table shape as from records', () => {
    const { table, diagnostics } = createTableFromColumns({
      code: ['3321012001', '33.21.02.1004'],
      name: ['Sidorejo', 'Bintoro'],
      kecamatanName: ['Mranggen', 'Demak'],
      columns: { d1: new Float64Array([12, Number.NaN]) },
    });
    expect(diagnostics).toEqual([]);
    expect(table.code).toEqual(['33.21.01.2001', '33.21.02.1004']);
    expect(table.kecamatan).toEqual(['33.21.01', '33.21.02']);
    expect(table.kind).toEqual(['desa', 'kelurahan']);
    expect(table.kecamatanName).toEqual(['Mranggen', 'Demak']);
    expect(Array.from(table.columns.d1!)).toEqual([12, Number.NaN]);
  });

  it('createTableFromColumns canonicalises every accepted spelling, including a spreadsheet fraction', () => {
    const { table, diagnostics } = createTableFromColumns({
      code: ['3321012001.00', ' 33.21.01.2002 ', '3321011003', 3321012004 as unknown as string],
      columns: {},
    });
    expect(diagnostics).toEqual([]);
    expect(table.code).toEqual([
      '33.21.01.2001',
      '33.21.01.2002',
      '33.21.01.1003',
      '33.21.01.2004',
    ]);
  });

  it('createTableFromColumns copies columns and leaves frozen inputs untouched', () => {
    const d1 = new Float64Array([1, 2]);
    const before = d1.slice();
    const code = Object.freeze(['3321012001', '3321012002']);
    const { table } = createTableFromColumns(
      Object.freeze({ code, columns: Object.freeze({ d1 }) }),
    );
    expect(table.columns.d1).not.toBe(d1);
    expect(d1).toEqual(before);
    expect(code).toEqual(['3321012001', '3321012002']);
  });

  it('createTableFromColumns defaults names to empty strings', () => {
    const { table } = createTableFromColumns({ code: ['3321012001'], columns: {} });
    expect(table.name).toEqual(['']);
    expect(table.kecamatanName).toEqual(['']);
  });

  it('createTableFromColumns reports malformed, missing and duplicate codes with the file', () => {
    const { table, diagnostics } = createTableFromColumns(
      { code: ['3321012001', 'x', '', '3321012001'], columns: {} },
      { file: 'demak.csv' },
    );
    expect(table.length).toBe(4);
    expect(diagnostics.map((d) => [d.code, d.row, d.file])).toEqual([
      ['MALFORMED_VILLAGE_CODE', 2, 'demak.csv'],
      ['MISSING_VILLAGE_CODE', 3, 'demak.csv'],
      ['DUPLICATE_VILLAGE_CODE', 4, 'demak.csv'],
    ]);
  });

  it('createTableFromColumns reports every repeat of a code against its first row, in row order', () => {
    const { diagnostics } = createTableFromColumns({
      code: ['33.21.01.2002', 'bad', '3321012002', 'bad', '3321012002'],
      columns: {},
    });
    expect(diagnostics.map((d) => [d.code, d.row])).toEqual([
      ['MALFORMED_VILLAGE_CODE', 2],
      ['DUPLICATE_VILLAGE_CODE', 3],
      ['MALFORMED_VILLAGE_CODE', 4],
      ['DUPLICATE_VILLAGE_CODE', 4],
      ['DUPLICATE_VILLAGE_CODE', 5],
    ]);
    expect(diagnostics[4]?.message).toBe(
      'Village code 33.21.01.2002 appears in row 1 and again in row 5.',
    );
  });

  it('createTableFromColumns throws when a column length differs from the codes', () => {
    expect(() =>
      createTableFromColumns({ code: ['3321012001'], columns: { a: new Float64Array(2) } }),
    ).toThrow(/^createTableFromColumns requires column a/);
    expect(() => createTableFromColumns({ code: ['3321012001'], name: [], columns: {} })).toThrow(
      /^createTableFromColumns requires name/,
    );
  });
});
