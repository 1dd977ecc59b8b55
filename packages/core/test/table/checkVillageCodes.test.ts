import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkVillageCodes } from '../../src/table/checkVillageCodes.ts';

describe('checkVillageCodes', () => {
  it('checkVillageCodes returns nothing for distinct well-formed codes', () => {
    expect(checkVillageCodes(Object.freeze(['3321012001', '33.21.01.1001', '3321022001']))).toEqual(
      [],
    );
  });

  it('checkVillageCodes treats dotted and plain spellings as the same code', () => {
    const out = checkVillageCodes(['3321012001', ' 33.21.01.2001 '], { file: 'a.csv' });
    expect(out).toEqual([
      {
        code: 'DUPLICATE_VILLAGE_CODE',
        severity: 'error',
        message: 'Village code 33.21.01.2001 appears in row 1 and again in row 2.',
        file: 'a.csv',
        row: 2,
        column: 'code',
        value: ' 33.21.01.2001 ',
        village: '33.21.01.2001',
      },
    ]);
  });

  it('checkVillageCodes reports missing, malformed and repeated codes in row order', () => {
    const out = checkVillageCodes(['3321012001', null, 'x', '3321012001', 'x', undefined]);
    expect(out.map((d) => [d.code, d.row])).toEqual([
      ['MISSING_VILLAGE_CODE', 2],
      ['MALFORMED_VILLAGE_CODE', 3],
      ['DUPLICATE_VILLAGE_CODE', 4],
      ['MALFORMED_VILLAGE_CODE', 5],
      ['DUPLICATE_VILLAGE_CODE', 5],
      ['MISSING_VILLAGE_CODE', 6],
    ]);
  });

  it('checkVillageCodes names the first row for every later repeat', () => {
    const out = checkVillageCodes(['3321012001', '3321012001', '3321012001']);
    expect(out.map((d) => d.message)).toEqual([
      'Village code 33.21.01.2001 appears in row 1 and again in row 2.',
      'Village code 33.21.01.2001 appears in row 1 and again in row 3.',
    ]);
  });

  it('checkVillageCodes flags exactly the rows whose canonical code appeared before (property)', () => {
    const codeArb = fc
      .tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(1, 2),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
      )
      .map(([c, t, d, dotted]) => (dotted ? `33.21.0${c}.${t}00${d}` : `33210${c}${t}00${d}`));
    fc.assert(
      fc.property(fc.array(codeArb, { maxLength: 40 }), (codes) => {
        const seen = new Set<string>();
        const expected: number[] = [];
        codes.forEach((c, i) => {
          const key = c.replaceAll('.', '');
          if (seen.has(key)) expected.push(i + 1);
          seen.add(key);
        });
        const rows = checkVillageCodes(codes)
          .filter((d) => d.code === 'DUPLICATE_VILLAGE_CODE')
          .map((d) => d.row);
        expect(rows).toEqual(expected);
      }),
    );
  });
});

describe('checkVillageCodes with a reader’s lines', () => {
  it('checkVillageCodes names the file line and the source column when given', () => {
    const out = checkVillageCodes(['33.21.01.2001', '3.32101E+09', '3321012001'], {
      file: 'desa.csv',
      lines: [2, 3, 4],
      column: 'kode_desa',
    });
    expect(out.map((d) => [d.code, d.row, d.line, d.column])).toEqual([
      ['MALFORMED_VILLAGE_CODE', 2, 3, 'kode_desa'],
      ['DUPLICATE_VILLAGE_CODE', 3, 4, 'kode_desa'],
    ]);
    expect(out[0]!.message).toContain('Row 2 (line 3)');
    expect(out[0]!.message).toContain('scientific notation');
  });
});
