import { signedArea } from '@lokus/geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { generateNational } from '../src/generateNational.ts';
import { isSimpleRing, type Point } from '../src/ring.ts';
import { roughenEdges } from '../src/roughenEdges.ts';

/** A 3 × 3 grid of unit squares, counter-clockwise open rings. */
const grid = (): Point[][] => {
  const rings: Point[][] = [];
  for (let x = 0; x < 3; x++)
    for (let y = 0; y < 3; y++)
      rings.push([
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
      ]);
  return rings;
};

/** Every segment of every ring as a canonical key, with how many rings hold it. */
const segmentCounts = (rings: readonly (readonly Point[])[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const ring of rings)
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length]!;
      const key = [a.join(','), b.join(',')].sort().join(';');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  return counts;
};

describe('roughenEdges', () => {
  it('turns each edge into 16 segments and keeps shared edges exactly alike', () => {
    const out = roughenEdges(grid(), { seed: 7 });
    // The middle square has four shared edges; a corner square two, the outline staying straight.
    expect(out[4]).toHaveLength(64);
    expect(out[0]).toHaveLength(34);
    for (const ring of out) {
      expect(isSimpleRing([...ring, ring[0]!])).toBe(true);
      expect(signedArea(ring)).toBeGreaterThan(0);
    }
    // A segment inside the grid belongs to exactly two rings; the outline's to one. The grid has
    // 12 inner edges of 16 segments each and 12 straight outline edges.
    const counts = [...segmentCounts(out).values()];
    expect(counts.filter((c) => c === 2)).toHaveLength(12 * 16);
    expect(counts.filter((c) => c === 1)).toHaveLength(12);
    expect(counts.every((c) => c <= 2)).toBe(true);
  });

  it('keeps the original corners and moves no vertex outside a band around its edge', () => {
    const input = grid();
    const out = roughenEdges(input, { seed: 1 });
    for (let r = 0; r < input.length; r++) {
      const [x0, y0] = input[r]![0]!;
      expect(out[r]![0]).toEqual([x0, y0]);
      for (const [x, y] of out[r]!) {
        expect(x).toBeGreaterThan(x0 - 0.35);
        expect(x).toBeLessThan(x0 + 1.35);
        expect(y).toBeGreaterThan(y0 - 0.35);
        expect(y).toBeLessThan(y0 + 1.35);
      }
    }
  });

  it('is deterministic for a seed, differs between seeds, and levels 0 changes nothing', () => {
    expect(roughenEdges(grid(), { seed: 3 })).toEqual(roughenEdges(grid(), { seed: 3 }));
    expect(roughenEdges(grid(), { seed: 3 })).not.toEqual(roughenEdges(grid(), { seed: 4 }));
    expect(roughenEdges(grid(), { levels: 0 })).toEqual(grid());
    expect(() => roughenEdges(grid(), { amplitude: 2 })).toThrow(/amplitude/);
  });
});

describe('generateNational realistic polygons', { timeout: 30_000 }, () => {
  const villages = 1_500;
  const real = generateNational({ seed: 5, villages, indicators: 1, polygons: true });
  const light = generateNational({
    seed: 5,
    villages,
    indicators: 1,
    polygons: true,
    detail: 'light',
  });
  const rings = (n: typeof real): Point[][] =>
    n.boundaries!.features.map((f) =>
      ((f.geometry as Polygon).coordinates[0] as Point[]).slice(0, -1),
    );

  it('has as many vertices per village as the real districts (68–123), light about 6', () => {
    const mean = (rs: Point[][]) => rs.reduce((s, r) => s + r.length, 0) / rs.length;
    expect(mean(rings(real))).toBeGreaterThan(80);
    expect(mean(rings(real))).toBeLessThan(120);
    expect(mean(rings(light))).toBeLessThan(8);
  });

  it('is as ragged as real villages: isoperimetric quotient near the real 0.35–0.42', () => {
    const quotient = (ring: Point[]): number => {
      let perimeter = 0;
      ring.forEach((a, i) => {
        const b = ring[(i + 1) % ring.length]!;
        perimeter += Math.hypot(b[0] - a[0], b[1] - a[1]);
      });
      return (4 * Math.PI * signedArea(ring)) / perimeter ** 2;
    };
    const mean = (rs: Point[][]) => rs.reduce((s, r) => s + quotient(r), 0) / rs.length;
    expect(mean(rings(light))).toBeGreaterThan(0.6);
    expect(mean(rings(real))).toBeGreaterThan(0.35);
    expect(mean(rings(real))).toBeLessThan(0.5);
  });

  it('every cell stays simple and every edge is shared by at most two cells', () => {
    const rs = rings(real);
    for (const ring of rs) expect(isSimpleRing([...ring, ring[0]!])).toBe(true);
    expect([...segmentCounts(rs).values()].every((c) => c <= 2)).toBe(true);
    // Village codes and order do not depend on the detail.
    expect(real.boundaries!.features.map((f) => f.properties.kode)).toEqual(
      light.boundaries!.features.map((f) => f.properties.kode),
    );
  });
});
