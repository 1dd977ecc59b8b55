import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolveBy } from '../../src/places/dissolveBy.ts';
import { featureArea } from '../../src/places/featureArea.ts';

const square = (x: number, y: number, group: string, size = 1): Feature<Polygon> => ({
  type: 'Feature',
  properties: { group },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  },
});
const byGroup = (f: Feature<Geometry | null>) => String(f.properties?.group);
/** A 3 × 3 grid of unit squares, each with its own group label from `labels` (row-major). */
const grid = (labels: string) =>
  Object.freeze([...labels].map((g, i) => square(i % 3, Math.floor(i / 3), g)));
const rings = (f: { geometry: { type: string; coordinates: unknown } }): Position[][][] =>
  (f.geometry.type === 'Polygon'
    ? [f.geometry.coordinates]
    : f.geometry.coordinates) as Position[][][];

describe('dissolveBy', () => {
  it('dissolveBy merges two adjacent squares into one rectangle', () => {
    const out = dissolveBy([square(0, 0, 'a'), square(1, 0, 'a')], byGroup);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toEqual({ key: 'a', count: 2 });
    expect(out[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    });
  });

  it('dissolveBy leaves a hole where another group sits in the middle', () => {
    const out = dissolveBy(grid('aaaabaaaa'), byGroup);
    expect(out.map((f) => f.properties.key)).toEqual(['a', 'b']);
    const a = rings(out[0]!);
    expect(a).toHaveLength(1);
    expect(a[0]).toHaveLength(2);
    expect(featureArea(out[0]!) / featureArea(square(0, 0, 'x', 3))).toBeCloseTo(8 / 9, 4);
  });

  it('dissolveBy keeps parts that touch at a corner as separate polygons', () => {
    const out = dissolveBy(grid('abbbabbba'), byGroup);
    const a = rings(out[0]!);
    expect(out[0]!.geometry.type).toBe('MultiPolygon');
    expect(a).toHaveLength(3);
    for (const p of a) expect(p[0]).toHaveLength(5);
  });

  it('dissolveBy orients shells counter-clockwise even from clockwise input', () => {
    const cw = square(0, 0, 'a');
    cw.geometry.coordinates[0]!.reverse();
    const out = dissolveBy([cw, square(1, 0, 'a')], byGroup);
    const ring = rings(out[0]!)[0]![0]!;
    let s = 0;
    for (let i = 0; i + 1 < ring.length; i++)
      s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(s).toBeCloseTo(4, 12);
  });

  it('dissolveBy drops the lens where neighbours overlap, so the area is the union', () => {
    // b's left edge bulges 0.1 into a at x = 1 between y = 0.25 and 0.75.
    const a = square(0, 0, 'g');
    const b: Feature<Polygon> = {
      type: 'Feature',
      properties: { group: 'g' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 0],
            [2, 0],
            [2, 1],
            [1, 1],
            [1, 0.75],
            [0.9, 0.5],
            [1, 0.25],
            [1, 0],
          ],
        ],
      },
    };
    a.geometry.coordinates[0]!.splice(2, 0, [1, 0.25], [1, 0.75]);
    const out = dissolveBy([a, b], byGroup);
    expect(rings(out[0]!)).toHaveLength(1);
    expect(featureArea(out[0]!) / featureArea(square(0, 0, 'x', 1))).toBeCloseTo(2, 3);
  });

  it('dissolveBy with method union gives the same area as edges', () => {
    const input = grid('aabaabccb');
    const edges = dissolveBy(input, byGroup);
    const union = dissolveBy(input, byGroup, { method: 'union' });
    expect(union.map((f) => f.properties)).toEqual(edges.map((f) => f.properties));
    for (let i = 0; i < edges.length; i++) {
      expect(featureArea(union[i]!) / featureArea(edges[i]!)).toBeCloseTo(1, 9);
    }
  });

  it('dissolveBy does not mutate its input', () => {
    const input = grid('aabaabccb');
    const copy = structuredClone(input);
    dissolveBy(input, byGroup);
    expect(input).toEqual(copy);
  });

  it('dissolveBy throws on a bad precision', () => {
    expect(() => dissolveBy([], byGroup, { precision: 0 })).toThrow(/^dissolveBy requires/);
  });
});
