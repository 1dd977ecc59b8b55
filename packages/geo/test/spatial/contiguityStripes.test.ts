import { createRng } from '@lokus/core';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { flatPolygons } from '../../src/flat/flatPolygons.ts';
import { contiguity } from '../../src/spatial/contiguity.ts';
import { type Grid, stripePairs } from '../../src/spatial/contiguityStripes.ts';
import type { SpatialWeights } from '../../src/spatial/types.ts';
import { latticeSquares } from './golden.ts';

const lists = (w: SpatialWeights): number[][] =>
  Array.from({ length: w.n }, (_, i) =>
    Array.from(w.neighbours.subarray(w.offsets[i], w.offsets[i + 1])),
  );

/**
 * Every vertex copy moved independently by up to ±0.45 tolerance in x and y around a point half
 * a tolerance past the lattice, so the copies of one vertex fall in two neighbouring cells.
 */
function jittered(features: Feature<Polygon>[], tolerance: number, seed: number) {
  const rng = createRng(seed);
  return features.map((f) => ({
    ...f,
    geometry: {
      type: 'Polygon' as const,
      coordinates: f.geometry.coordinates.map((ring) => {
        const moved = ring
          .slice(0, -1)
          .map(([x, y]) => [
            x! + (0.5 + (rng() - 0.5) * 0.9) * tolerance,
            y! + (0.5 + (rng() - 0.5) * 0.9) * tolerance,
          ]);
        return [...moved, moved[0]!];
      }),
    },
  }));
}

describe('contiguity in stripes', () => {
  it('stripes of a few vertices give the whole-map neighbours where copies of a vertex differ by less than the tolerance', () => {
    const tolerance = 1e-3;
    const exact = lists(contiguity('queenWeights', latticeSquares(12, 12), 'queen', {}));
    for (const seed of [1, 2, 3]) {
      const flat = flatPolygons(jittered(latticeSquares(12, 12), tolerance, seed));
      for (const criterion of ['queen', 'rook'] as const) {
        const whole = contiguity('w', flat, criterion, { tolerance }, Number.MAX_SAFE_INTEGER);
        const striped = contiguity('w', flat, criterion, { tolerance }, 40);
        expect(lists(striped)).toEqual(lists(whole));
      }
      expect(lists(contiguity('w', flat, 'queen', { tolerance }, 40))).toEqual(exact);
    }
  });

  it('a stripe seam between the two cells of a vertex loses no neighbour (explicit bounds)', () => {
    const tolerance = 1e-3;
    const flat = flatPolygons(jittered(latticeSquares(6, 6), tolerance, 4));
    const rings = flat.ringOffsets.length - 1;
    const grid = {
      tolerance,
      x0: 0,
      y0: 0,
      ringFeature: Int32Array.from({ length: rings }, (_, r) => r),
      ringLength: new Int32Array(rings).fill(4),
      vertices: 4 * rings,
    };
    // Column k / tolerance holds the lower copies of lattice column k, the next one the upper.
    const whole: Grid = { ...grid, bounds: Float64Array.of(0, 7000) };
    const seams: Grid = { ...grid, bounds: Float64Array.of(0, 1001, 2001, 3001, 4001, 5001, 7000) };
    for (const criterion of ['queen', 'rook'] as const) {
      const want = stripePairs(flat, whole, criterion);
      expect(want.length).toBeGreaterThan(50);
      expect(stripePairs(flat, seams, criterion)).toEqual(want);
    }
  });
});
