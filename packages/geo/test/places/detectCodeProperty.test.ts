import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { detectCodeProperty } from '../../src/places/detectCodeProperty.ts';

const feature = (properties: Record<string, unknown>): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry: null,
  properties,
});

describe('detectCodeProperty', () => {
  it('detectCodeProperty prefers kode over kode10 when both hold codes', () => {
    const fs = [feature({ kode10: '3321012001', kode: '33.21.01.2001', nama: 'A' })];
    expect(detectCodeProperty(fs)).toBe('kode');
  });
  it('detectCodeProperty matches names case-insensitively and reads numbers', () => {
    expect(detectCodeProperty([feature({ KODE_DESA: 3321012001 })])).toBe('KODE_DESA');
  });
  it('detectCodeProperty skips a usual name that holds no codes', () => {
    const fs = [
      feature({ kode: 'x', kode10: '3321012001' }),
      feature({ kode: 'y', kode10: '3321012002' }),
    ];
    expect(detectCodeProperty(fs)).toBe('kode10');
  });
  it('detectCodeProperty falls back to any property holding codes', () => {
    expect(detectCodeProperty([feature({ idVillage: '33.21.01.2001' })])).toBe('idVillage');
  });
  it('detectCodeProperty returns null when nothing parses', () => {
    expect(detectCodeProperty([feature({ nama: 'Bintoro' })])).toBeNull();
    expect(detectCodeProperty([])).toBeNull();
  });
});
