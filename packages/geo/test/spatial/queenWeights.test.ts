import fc from 'fast-check';
import type { Feature, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import {
  demakFeatures,
  latticeSquares,
  libpysal,
  noDemak,
  noDemakMessage,
  rows,
  spdep,
  square,
} from './golden.ts';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

describe('queenWeights', () => {
  it('queenWeights of a 10 x 10 lattice matches R spdep cell2nb(type = "queen")', () => {
    const w = queenWeights(latticeSquares(10, 10));
    expect(rows(w)).toEqual(spdep.lattice.queen);
    expect(w.style).toBe('binary');
    expect(Array.from(new Set(w.weights))).toEqual([1]);
    expect(w.offsets.length).toBe(101);
  });

  it.skipIf(noDemak)(
    `queenWeights of Demak matches spdep poly2nb(queen = TRUE) and libpysal Queen exactly, without islands (${noDemakMessage})`,
    () => {
      const features = demakFeatures();
      const w = queenWeights(features);
      expect(features.map((f) => f.properties?.kode)).toEqual(spdep.demak.kode);
      expect(rows(w)).toEqual(spdep.demak.queen);
      expect(rows(w)).toEqual(libpysal.demak.queen);
      expect(w.islands.length).toBe(0);
      expect(w.diagnostics).toEqual([]);
    },
  );

  it('queenWeights joins squares that touch only at a corner', () => {
    const w = queenWeights([square(0, 0), square(1, 1)]);
    expect(rows(w)).toEqual([[1], [0]]);
  });

  it('queenWeights lists islands with an ISLAND diagnostic naming the village code', () => {
    const a = square(0, 0);
    const b = square(1, 0);
    const c: Feature<Polygon> = { ...square(5, 5), properties: { kode: '33.21.01.2001' } };
    const w = queenWeights([a, b, c]);
    expect(Array.from(w.islands)).toEqual([2]);
    expect(w.diagnostics).toEqual([
      expect.objectContaining({ code: 'ISLAND', row: 3, village: '33.21.01.2001' }),
    ]);
  });

  it('queenWeights reports null and non-polygon geometry as islands with coded diagnostics', () => {
    const point: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [0, 0] },
    };
    const empty: Feature<null> = { type: 'Feature', properties: {}, geometry: null };
    const w = queenWeights([square(0, 0), point, empty, square(1, 0)]);
    expect(rows(w)).toEqual([[3], [], [], [0]]);
    expect(w.diagnostics.map((d) => d.code)).toEqual([
      'UNSUPPORTED_GEOMETRY',
      'EMPTY_GEOMETRY',
      'ISLAND',
      'ISLAND',
    ]);
  });

  it('queenWeights uses every part of a MultiPolygon', () => {
    const multi: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [square(0, 0).geometry.coordinates, square(10, 0).geometry.coordinates],
      },
    };
    const w = queenWeights([multi, square(11, 0), square(1, 5)]);
    expect(rows(w)).toEqual([[1], [0], []]);
  });

  it('queenWeights matches vertices closer than the tolerance and not those farther apart', () => {
    const shifted = (dx: number): Feature<Polygon> => square(1 + dx, 0);
    expect(rows(queenWeights([square(0, 0), shifted(4e-8)]))).toEqual([[1], [0]]);
    expect(rows(queenWeights([square(0, 0), shifted(-9e-8)]))).toEqual([[1], [0]]);
    expect(rows(queenWeights([square(0, 0), shifted(3e-7)]))).toEqual([[], []]);
    expect(rows(queenWeights([square(0, 0), shifted(3e-7)], { tolerance: 1e-6 }))).toEqual([
      [1],
      [0],
    ]);
  });

  it('queenWeights gives the same neighbours whatever small noise moves the vertices (property)', () => {
    const exact = rows(queenWeights(latticeSquares(4, 4)));
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -4e-8, max: 4e-8, noNaN: true }), {
          minLength: 160,
          maxLength: 160,
        }),
        (noise) => {
          let at = 0;
          const noisy = latticeSquares(4, 4).map((f) => ({
            ...f,
            geometry: {
              type: 'Polygon' as const,
              coordinates: f.geometry.coordinates.map((ring) =>
                ring.map(([x, y]) => [x! + noise[at++ % 160]!, y! + noise[at++ % 160]!]),
              ),
            },
          }));
          return JSON.stringify(rows(queenWeights(noisy))) === JSON.stringify(exact);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('queenWeights does not mutate its input', () => {
    const features = deepFreeze(latticeSquares(3, 3));
    const copy = JSON.stringify(features);
    queenWeights(features);
    expect(JSON.stringify(features)).toBe(copy);
  });

  it('queenWeights handles extents beyond 2^31 tolerances (unsigned cell keys)', () => {
    // 250 degrees at 1e-7 is 2.5e9 cells: more than 2^31, less than 2^32.
    const w = queenWeights([square(-125, 0), square(-124, 0), square(124, 0), square(123, 0)]);
    expect(rows(w)).toEqual([[1], [0], [3], [2]]);
    expect(() => queenWeights([square(0, 0), square(500, 0)])).toThrow(
      /^queenWeights requires coordinates spanning less than 2\^32 tolerances/,
    );
    const bad = square(0, 0);
    bad.geometry.coordinates[0]![1] = [Number.NaN, 0];
    expect(() => queenWeights([bad])).toThrow(
      /^queenWeights requires finite coordinates \(feature 1\)/,
    );
  });

  it('queenWeights requires a positive tolerance', () => {
    expect(() => queenWeights([square(0, 0)], { tolerance: 0 })).toThrow(
      /^queenWeights requires a positive finite tolerance/,
    );
  });
});
