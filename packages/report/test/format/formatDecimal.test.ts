import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/format/formatDecimal.ts';
import { roundTo } from '../../src/format/roundTo.ts';

describe('formatDecimal', () => {
  it('uses the decimal comma and dot thousands in Indonesian, the reverse in English', () => {
    expect(formatDecimal(1254.5, { digits: 2 })).toBe('1.254,50');
    expect(formatDecimal(0.6529, { lang: 'en', digits: 4 })).toBe('0.6529');
    expect(formatDecimal(1254.5, { lang: 'en', digits: 1 })).toBe('1,254.5');
  });
  it('shows a missing value as a dash and −0 as 0', () => {
    expect(formatDecimal(null)).toBe('–');
    expect(formatDecimal(Number.NaN, { missing: '' })).toBe('');
    expect(formatDecimal(-0.001, { digits: 2 })).toBe('0,00');
  });
});

describe('roundTo', () => {
  it('rounds half away from zero, decimal ties as written', () => {
    expect(roundTo(72.3456, 2)).toBe(72.35);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(-0.0001, 2)).toBe(0);
  });
  it('gives null for missing and non-finite values', () => {
    expect(roundTo(Number.NaN, 2)).toBeNull();
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBeNull();
    expect(roundTo(undefined, 2)).toBeNull();
  });
});
