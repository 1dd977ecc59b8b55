import { describe, expect, it } from 'vitest';
import { normaliseVillageName } from '../../src/places/normaliseVillageName.ts';

describe('normaliseVillageName', () => {
  it('normaliseVillageName lowercases and drops the desa/kelurahan qualifiers', () => {
    expect(normaliseVillageName('DESA Banyumeneng')).toBe('banyumeneng');
    expect(normaliseVillageName('Kelurahan Bintoro')).toBe('bintoro');
    expect(normaliseVillageName('Kel. Kadilangu')).toBe('kadilangu');
  });
  it('normaliseVillageName turns punctuation into single spaces', () => {
    expect(normaliseVillageName('  Ngemplik-Wetan (Ds.) ')).toBe('ngemplik wetan');
    expect(normaliseVillageName("Ta'ayah")).toBe('ta ayah');
  });
  it('normaliseVillageName removes diacritics', () => {
    expect(normaliseVillageName('Désa Sèkaran')).toBe('sekaran');
  });
  it('normaliseVillageName keeps qualifier letters inside a word', () => {
    expect(normaliseVillageName('Kedungdesa')).toBe('kedungdesa');
  });
  it('normaliseVillageName returns an empty string when only qualifiers remain', () => {
    expect(normaliseVillageName('Desa')).toBe('');
  });
});
