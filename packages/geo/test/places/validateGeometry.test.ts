import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateGeometry } from '../../src/places/validateGeometry.ts';

const feature = (geometry: Geometry | null): Feature<Geometry | null> =>
  Object.freeze({ type: 'Feature', properties: Object.freeze({}), geometry });
const ccw = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const codes = (f: Feature<Geometry | null>) => validateGeometry(f).diagnostics.map((d) => d.code);

describe('validateGeometry', () => {
  it('validateGeometry accepts a counter-clockwise square and returns the same feature', () => {
    const f = feature({ type: 'Polygon', coordinates: [ccw] });
    const r = validateGeometry(f);
    expect(r).toEqual({ valid: true, feature: f, diagnostics: [] });
    expect(r.feature).toBe(f);
  });

  it('validateGeometry rewinds a clockwise shell and a counter-clockwise hole per RFC 7946', () => {
    const cwShell = [
      [0, 0],
      [0, 4],
      [4, 4],
      [4, 0],
      [0, 0],
    ];
    const ccwHole = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
    ];
    const f = feature({ type: 'Polygon', coordinates: [cwShell, ccwHole] });
    const r = validateGeometry(f, { row: 3, village: '33.21.01.2001' });
    expect(r.valid).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.row, d.village, d.value])).toEqual([
      ['GEOMETRY_WRONG_WINDING', 'info', 3, '33.21.01.2001', 2],
    ]);
    expect(r.feature.geometry).toEqual({
      type: 'Polygon',
      coordinates: [[...cwShell].reverse(), [...ccwHole].reverse()],
    });
    expect((f.geometry as { coordinates: unknown }).coordinates).toEqual([cwShell, ccwHole]);
  });

  it('validateGeometry closes an unclosed ring', () => {
    const r = validateGeometry(feature({ type: 'Polygon', coordinates: [ccw.slice(0, 4)] }));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['GEOMETRY_UNCLOSED_RING']);
    expect(r.valid).toBe(true);
    expect(r.feature.geometry).toEqual({ type: 'Polygon', coordinates: [ccw] });
  });

  it('validateGeometry reports a ring with too few points', () => {
    expect(
      codes(
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [0, 0],
            ],
          ],
        }),
      ),
    ).toEqual(['GEOMETRY_TOO_FEW_POINTS']);
  });

  it('validateGeometry reports NaN coordinates as an error', () => {
    const r = validateGeometry(
      feature({
        type: 'MultiPolygon',
        coordinates: [
          [ccw],
          [
            [
              [0, 0],
              [NaN, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      }),
    );
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['GEOMETRY_NAN_COORDINATE']);
  });

  it('validateGeometry reports a bow-tie as a self-intersection at the crossing', () => {
    const r = validateGeometry(
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [2, 2],
            [2, 0],
            [0, 2],
            [0, 0],
          ],
        ],
      }),
    );
    expect(r.valid).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('GEOMETRY_SELF_INTERSECTION');
    expect(r.diagnostics[0]!.value).toContainEqual([1, 1]);
  });

  it('validateGeometry accepts a hole touching its shell at one vertex', () => {
    const shell = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [0, 0],
      [1, 2],
      [2, 1],
      [0, 0],
    ];
    expect(codes(feature({ type: 'Polygon', coordinates: [shell, hole] }))).toEqual([]);
  });

  it('validateGeometry reports two parts that cross each other', () => {
    const a = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const b = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ];
    const r = validateGeometry(feature({ type: 'MultiPolygon', coordinates: [[a], [b]] }));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['GEOMETRY_SELF_INTERSECTION']);
    expect(r.diagnostics[0]!.value).toEqual(
      expect.arrayContaining([
        [2, 1],
        [1, 2],
      ]),
    );
  });

  it('validateGeometry reports missing and non-polygon geometries', () => {
    expect(codes(feature(null))).toEqual(['GEOMETRY_MISSING']);
    expect(codes(feature({ type: 'Point', coordinates: [0, 0] }))).toEqual([
      'GEOMETRY_NOT_POLYGON',
    ]);
  });
});

describe('validateGeometry on large rings', () => {
  // A star-shaped ring of n vertices around (110.5, -6.9): valid, with short edges as real
  // boundaries have. The pairwise test took 44 s for n = 100,000.
  const star = (n: number): number[][] => {
    const ring: number[][] = [];
    for (let i = 0; i < n; i++) {
      const t = (2 * Math.PI * i) / n;
      const r = 0.01 * (1 + 0.2 * Math.sin(37 * t));
      ring.push([110.5 + r * Math.cos(t), -6.9 + r * Math.sin(t)]);
    }
    ring.push(ring[0]!);
    return ring;
  };

  it('validateGeometry accepts a valid ring of 100,000 vertices', { timeout: 60_000 }, () => {
    const f = feature({ type: 'Polygon', coordinates: [star(100_000)] });
    expect(validateGeometry(f).diagnostics).toEqual([]);
  });

  it('validateGeometry finds the one crossing in a ring of 100,000 vertices', {
    timeout: 60_000,
  }, () => {
    const ring = star(100_000);
    // Swap two consecutive vertices: the two edges around them now cross.
    [ring[500], ring[501]] = [ring[501]!, ring[500]!];
    const r = validateGeometry(feature({ type: 'Polygon', coordinates: [ring] }));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['GEOMETRY_SELF_INTERSECTION']);
  });

  it('validateGeometry reports a geometry above maxVertices instead of examining it', () => {
    const f = feature({ type: 'Polygon', coordinates: [star(1000)] });
    const r = validateGeometry(f, { maxVertices: 500 });
    expect(r.diagnostics.map((d) => [d.code, d.value])).toEqual([
      ['GEOMETRY_TOO_MANY_VERTICES', 1001],
    ]);
    expect(r.valid).toBe(false);
  });
});
