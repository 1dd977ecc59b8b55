import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { detectNameProperty } from '../../src/places/detectNameProperty.ts';

const feature = (properties: Record<string, unknown>): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry: null,
  properties,
});

describe('detectNameProperty', () => {
  it('detectNameProperty finds nama before name', () => {
    expect(detectNameProperty([feature({ name: 'x', nama: 'Bintoro' })])).toBe('nama');
  });
  it('detectNameProperty finds the BIG property NAMOBJ', () => {
    expect(detectNameProperty([feature({ KDEPUM: '33.21.01.2001', NAMOBJ: 'Bintoro' })])).toBe(
      'NAMOBJ',
    );
  });
  it('detectNameProperty ignores a usual name that is always empty', () => {
    expect(detectNameProperty([feature({ nama: '', desa: 'Bintoro' })])).toBe('desa');
  });
  it('detectNameProperty returns null without a name property', () => {
    expect(detectNameProperty([feature({ kode: '33.21.01.2001' })])).toBeNull();
  });
});
