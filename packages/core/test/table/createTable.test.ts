import { describe, expect, it } from 'vitest';
import { createTable } from '../../src/table/createTable.ts';
import type { IndicatorMeta, VillageRecord } from '../../src/types.ts';

const deepFreeze = <T>(records: T[]): readonly T[] => {
  for (const r of records) {
    const values = (r as { values?: object }).values;
    if (values) Object.freeze(values);
    Object.freeze(r);
  }
  return Object.freeze(records);
};

describe('createTable', () => {
  it('createTable builds canonical codes, derived codes, names and one column per value key', () => {
    const records = deepFreeze<VillageRecord>([
      { code: '3321012001', name: 'Sidorejo', kecamatanName: 'Mranggen', values: { d1: 12 } },
      { code: '33.21.02.1004', name: 'Bintoro', values: { d1: 3, idm: 0.61 } },
    ]);
    const { table, diagnostics } = createTable(records);
    expect(diagnostics).toEqual([]);
    expect(table.length).toBe(2);
    expect(table.code).toEqual(['33.21.01.2001', '33.21.02.1004']);
    expect(table.kecamatan).toEqual(['33.21.01', '33.21.02']);
    expect(table.kabupaten).toEqual(['33.21', '33.21']);
    expect(table.province).toEqual(['33', '33']);
    expect(table.kind).toEqual(['desa', 'kelurahan']);
    expect(table.name).toEqual(['Sidorejo', 'Bintoro']);
    expect(table.kecamatanName).toEqual(['Mranggen', '']);
    expect(Object.keys(table.columns)).toEqual(['d1', 'idm']);
    expect(Array.from(table.columns.d1!)).toEqual([12, 3]);
  });

  it('createTable stores null, undefined, NaN and absent keys as NaN (missing)', () => {
    const { table, diagnostics } = createTable([
      { code: '3321012001', values: { a: null, b: 1 } },
      { code: '3321012002', values: { a: undefined, b: Number.NaN } },
      { code: '3321012003', values: {} },
    ]);
    expect(diagnostics).toEqual([]);
    expect(Array.from(table.columns.a!).every(Number.isNaN)).toBe(true);
    expect(Array.from(table.columns.b!)).toEqual([1, Number.NaN, Number.NaN]);
  });

  it('createTable keeps a row with a missing code and reports MISSING_VILLAGE_CODE', () => {
    const { table, diagnostics } = createTable(
      [
        { code: '3321012001', values: { a: 1 } },
        { code: '  ', values: { a: 2 } },
      ],
      { file: 'villages.csv' },
    );
    expect(table.length).toBe(2);
    expect(diagnostics).toMatchObject([
      {
        code: 'MISSING_VILLAGE_CODE',
        severity: 'error',
        row: 2,
        column: 'code',
        file: 'villages.csv',
      },
    ]);
  });

  it('createTable keeps a malformed code verbatim with empty derived codes and kind desa', () => {
    const { table, diagnostics } = createTable([{ code: '33.21.01.9001', values: { a: 1 } }]);
    expect(table.code).toEqual(['33.21.01.9001']);
    expect(table.kecamatan).toEqual(['']);
    expect(table.kabupaten).toEqual(['']);
    expect(table.province).toEqual(['']);
    expect(table.kind).toEqual(['desa']);
    expect(diagnostics).toMatchObject([
      { code: 'MALFORMED_VILLAGE_CODE', severity: 'error', row: 1, value: '33.21.01.9001' },
    ]);
  });

  it('createTable reports DUPLICATE_VILLAGE_CODE across dotted and plain spellings and keeps both rows', () => {
    const { table, diagnostics } = createTable([
      { code: '3321012001', values: { a: 1 } },
      { code: '3321012002', values: { a: 2 } },
      { code: '33.21.01.2001', values: { a: 3 } },
    ]);
    expect(table.length).toBe(3);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({
      code: 'DUPLICATE_VILLAGE_CODE',
      severity: 'error',
      row: 3,
      village: '33.21.01.2001',
    });
    expect(d?.message).toContain('row 1');
    expect(d?.message).toContain('row 3');
  });

  it('createTable reports a non-numeric value as NON_FINITE_VALUE and stores NaN', () => {
    const records = [
      { code: '3321012001', values: { a: 'n/a' as unknown as number } },
    ] satisfies VillageRecord[];
    const { table, diagnostics } = createTable(records);
    expect(Number.isNaN(table.columns.a![0])).toBe(true);
    expect(diagnostics).toMatchObject([
      { code: 'NON_FINITE_VALUE', row: 1, column: 'a', value: 'n/a', village: '33.21.01.2001' },
    ]);
  });

  it('createTable with indicators appends the validateTable diagnostics', () => {
    const indicators: IndicatorMeta[] = [
      { id: 'a', label: { id: 'A', en: 'A' }, kind: 'count', direction: 'higher-is-worse' },
    ];
    const { diagnostics } = createTable([{ code: '3321012001', values: { a: -1 } }], {
      indicators,
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['NEGATIVE_COUNT']);
  });

  it('createTable([]) returns an empty table', () => {
    const { table, diagnostics } = createTable([]);
    expect(table.length).toBe(0);
    expect(diagnostics).toEqual([]);
  });

  it('createTable throws on a non-array', () => {
    expect(() => createTable(null as unknown as VillageRecord[])).toThrow(/^createTable requires/);
  });
});

describe('createTable without the code check', () => {
  it('createTable({ checkCodes: false }) leaves code problems to the reader that already reported them', () => {
    const recs = [
      { code: '3321012001', values: { a: 1 } },
      { code: '33.21.01.2001', values: { a: 2 } },
    ];
    expect(createTable(recs).diagnostics.map((d) => d.code)).toEqual(['DUPLICATE_VILLAGE_CODE']);
    const { table, diagnostics } = createTable(recs, { checkCodes: false });
    expect(diagnostics).toEqual([]);
    expect(table.length).toBe(2);
  });
});
