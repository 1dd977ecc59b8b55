import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../../src/places/nameSimilarity.ts';

describe('nameSimilarity', () => {
  it('nameSimilarity is 1 for names equal after normalising, spaces ignored', () => {
    expect(nameSimilarity('Desa Banyu Meneng', 'BANYUMENENG')).toBe(1);
  });
  it('nameSimilarity is 1 − edits / longer length', () => {
    // 'ngemplikwetan' vs 'ngemplakwetan': one substitution in 13 letters.
    expect(nameSimilarity('Ngemplik Wetan', 'Ngemplak Wetan')).toBeCloseTo(1 - 1 / 13, 12);
  });
  it('nameSimilarity is 0 when a name is empty', () => {
    expect(nameSimilarity('', 'Bintoro')).toBe(0);
    expect(nameSimilarity('Desa', 'Desa')).toBe(0);
  });
  it('nameSimilarity is low for unrelated names', () => {
    expect(nameSimilarity('Bintoro', 'Kalikondang')).toBeLessThan(0.5);
  });
});
