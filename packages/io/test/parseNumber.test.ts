import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../src/parseNumber.ts';

describe('parseNumber', () => {
  it('parseNumber reads Indonesian decimal commas and thousands dots', () => {
    expect(parseNumber('8,95', { decimal: ',' })).toBe(8.95);
    expect(parseNumber('1.254.204', { decimal: ',' })).toBe(1254204);
    expect(parseNumber('1.254,5', { decimal: ',' })).toBe(1254.5);
    expect(parseNumber(' -0,5 ', { decimal: ',' })).toBe(-0.5);
    expect(parseNumber('\u22123,5', { decimal: ',' })).toBe(-3.5);
    expect(parseNumber('1,2E-16', { decimal: ',' })).toBe(1.2e-16);
    expect(parseNumber('-3,5e+21', { decimal: ',' })).toBe(-3.5e21);
  });

  it('parseNumber reads decimal points, thousands commas and exponents', () => {
    expect(parseNumber('8.95')).toBe(8.95);
    expect(parseNumber('1,254,204.5')).toBe(1254204.5);
    expect(parseNumber('1e-3')).toBe(0.001);
  });

  it('parseNumber drops a trailing percent sign without scaling', () => {
    expect(parseNumber('12,5%', { decimal: ',' })).toBe(12.5);
    expect(parseNumber('12.5 %')).toBe(12.5);
  });

  it('parseNumber returns null for text, wrong groups and the other convention', () => {
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('8,95')).toBeNull();
    expect(parseNumber('1.25.4', { decimal: ',' })).toBeNull();
    expect(parseNumber('0.653', { decimal: ',' })).toBeNull();
  });

  it('parseNumber reads bare digits as Number does, in both conventions', () => {
    expect(parseNumber('0042', { decimal: ',' })).toBe(42);
    expect(parseNumber('0')).toBe(0);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), (t) => {
        expect(parseNumber(t)).toBe(Number(t));
        expect(parseNumber(t, { decimal: ',' })).toBe(Number(t));
      }),
    );
  });

  it('parseNumber reads like its patterns on any text of digits, separators and signs', () => {
    // The patterns alone, without the shortcuts for bare digits and `digits.digits`.
    const reference = (text: string, decimal: '.' | ','): number | null => {
      let t = text.replace(/[\s\u00a0\u202f\u2009]+/g, '');
      if (t.endsWith('%')) t = t.slice(0, -1);
      if (t.startsWith('\u2212')) t = `-${t.slice(1)}`;
      if (t === '') return null;
      if (decimal === '.') {
        if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) return Number(t);
        if (/^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/.test(t))
          return Number(t.replaceAll(',', ''));
        return null;
      }
      if (/^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/.test(t))
        return Number(t.replace(',', '.'));
      if (/^[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/.test(t))
        return Number(t.replaceAll('.', '').replace(',', '.'));
      return null;
    };
    const text = fc.stringMatching(/^[0-9.,\-+ e%]{0,9}$/);
    fc.assert(
      fc.property(text, fc.constantFrom('.' as const, ',' as const), (t, decimal) => {
        expect(parseNumber(t, { decimal })).toBe(reference(t, decimal));
      }),
      { numRuns: 3000 },
    );
    for (const t of ['1.254', '0.254', '12.5', '1254.5', '5.', '.5', '1.2544', '01.254']) {
      expect(parseNumber(t, { decimal: ',' })).toBe(reference(t, ','));
      expect(parseNumber(t)).toBe(reference(t, '.'));
    }
  });
});
