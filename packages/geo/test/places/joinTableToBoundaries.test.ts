import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { joinTableToBoundaries } from '../../src/places/joinTableToBoundaries.ts';

const feature = (properties: Record<string, unknown>): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [110, -7] },
  properties,
});

describe('joinTableToBoundaries', () => {
  const boundaries: FeatureCollection = Object.freeze({
    type: 'FeatureCollection',
    features: Object.freeze([
      feature({ kode: '33.21.01.2001', nama: 'A' }),
      feature({ kode: '33.21.01.1001', nama: 'Kelurahan B' }),
      feature({ kode: '33.21.01.2002', nama: 'C' }),
    ]) as Feature[],
  });

  it('joinTableToBoundaries keeps features without a row, with null values', () => {
    const idm = Float64Array.of(0.61, 0.72);
    const before = Float64Array.from(idm);
    const table = Object.freeze({ code: ['3321012002', '3321012001'], columns: { idm } });
    const { featureCollection, join } = joinTableToBoundaries(table, boundaries);
    expect(featureCollection.features.map((f) => f.properties?.idm)).toEqual([0.72, null, 0.61]);
    expect(featureCollection.features.map((f) => f.properties?.nama)).toEqual([
      'A',
      'Kelurahan B',
      'C',
    ]);
    expect(join.unmatchedBoundaries.map((u) => u.code)).toEqual(['33.21.01.1001']);
    expect(idm).toEqual(before);
    expect(boundaries.features[0]!.properties).toEqual({ kode: '33.21.01.2001', nama: 'A' });
  });

  it('joinTableToBoundaries writes NaN as null and merges extra properties', () => {
    const table = {
      code: ['33.21.01.2001', '33.21.01.2002'],
      columns: { x: Float64Array.of(NaN, 2) },
    };
    const { featureCollection } = joinTableToBoundaries(table, boundaries, {
      properties: { rank: [2, 1], selected: [false, true], nama: ['A*', 'C*'] },
    });
    expect(featureCollection.features.map((f) => f.properties)).toEqual([
      { kode: '33.21.01.2001', nama: 'A*', x: null, rank: 2, selected: false },
      { kode: '33.21.01.1001', nama: null, x: null, rank: null, selected: null },
      { kode: '33.21.01.2002', nama: 'C*', x: 2, rank: 1, selected: true },
    ]);
  });

  it('joinTableToBoundaries throws on a column of the wrong length', () => {
    expect(() =>
      joinTableToBoundaries(
        { code: ['33.21.01.2001'], columns: { x: Float64Array.of(1, 2) } },
        boundaries,
      ),
    ).toThrow(/^joinTableToBoundaries requires column x/);
  });
});
