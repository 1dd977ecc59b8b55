import { describe, expect, it } from 'vitest';
import { parseVillageCode, villageCodeNumber } from '../../src/table/parseVillageCode.ts';

describe('parseVillageCode', () => {
  it('parseVillageCode(dotted desa code) returns every part of the code', () => {
    expect(parseVillageCode('33.21.01.2001')).toEqual({
      code: '33.21.01.2001',
      code10: '3321012001',
      province: '33',
      kabupaten: '33.21',
      kecamatan: '33.21.01',
      kind: 'desa',
      number: '001',
    });
  });

  it('parseVillageCode(plain kelurahan code) canonicalises to the dotted form', () => {
    const parsed = parseVillageCode('3375011005');
    expect(parsed?.code).toBe('33.75.01.1005');
    expect(parsed?.kind).toBe('kelurahan');
    expect(parsed?.kecamatan).toBe('33.75.01');
    expect(parsed?.number).toBe('005');
  });

  it('parseVillageCode ignores surrounding whitespace in both forms', () => {
    expect(parseVillageCode('  3321012001\t')?.code).toBe('33.21.01.2001');
    expect(parseVillageCode('\n33.21.01.2001 ')?.code).toBe('33.21.01.2001');
  });

  it('parseVillageCode accepts a number written as text, with a zero fraction from a spreadsheet', () => {
    expect(parseVillageCode(String(3321012001))?.code).toBe('33.21.01.2001');
    expect(parseVillageCode('3321012001.0')?.code).toBe('33.21.01.2001');
    expect(parseVillageCode('3321012001.00')?.code).toBe('33.21.01.2001');
  });

  it.each([
    ['', 'empty'],
    ['33.21.01', 'kecamatan only'],
    ['332101200', 'nine digits'],
    ['33210120011', 'eleven digits'],
    ['33.21.01.3001', 'type digit 3'],
    ['3321010001', 'type digit 0'],
    ['33-21-01-2001', 'wrong separator'],
    ['33.21.012001', 'missing dot'],
    ['33.2a.01.2001', 'letter'],
    ['3321012001.5', 'fractional number'],
    ['3321012001.', 'trailing dot'],
    ['33 21 01 2001', 'spaces inside'],
  ])('parseVillageCode(%j) returns null (%s)', (input) => {
    expect(parseVillageCode(input)).toBeNull();
  });

  it('parseVillageCode reads a number that reaches it from untyped data, and rejects other types', () => {
    expect(parseVillageCode(3321012001 as unknown as string)?.code).toBe('33.21.01.2001');
    expect(parseVillageCode(null as unknown as string)).toBeNull();
    expect(parseVillageCode({} as unknown as string)).toBeNull();
  });
});

describe('villageCodeNumber', () => {
  it('villageCodeNumber reads the codes parseVillageCode accepts as the integer PPKKCCTDDD', () => {
    for (const c of [
      '33.21.01.2001',
      '3321012001',
      ' 3321012001 ',
      '3321012001.0',
      '11.01.01.1001',
    ]) {
      const parsed = parseVillageCode(c);
      expect(villageCodeNumber(c)).toBe(Number(parsed?.code10));
    }
    for (const c of ['33.21.01.3001', '33-21-01-2001', '', '332101200', 'x']) {
      expect(parseVillageCode(c)).toBeNull();
      expect(villageCodeNumber(c)).toBe(-1);
    }
  });
});
