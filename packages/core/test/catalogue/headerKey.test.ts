import { describe, expect, it } from 'vitest';
import { headerKey } from '../../src/catalogue/headerKey.ts';

describe('headerKey', () => {
  it('headerKey ignores case, punctuation, accents and a trailing year', () => {
    expect(headerKey('Nilai IDM Tahun 2024')).toBe('nilai idm');
    expect(headerKey('IDM_2024')).toBe('idm');
    expect(headerKey('  Jumlah KK  Desil-1 ')).toBe('jumlah kk desil 1');
    expect(headerKey('desil1_kk')).toBe('desil 1 kk');
    expect(headerKey('Désil 1–2')).toBe('desil 1 2');
    expect(headerKey('Desil 1 s/d 2')).toBe('desil 1 2');
    expect(headerKey('desil 1 dan 2')).toBe('desil 1 2');
  });

  it('headerKey keeps a year that is the whole header and numbers inside it', () => {
    expect(headerKey('2024')).toBe('2024');
    expect(headerKey('Desil 1 2')).toBe('desil 1 2');
  });
});
