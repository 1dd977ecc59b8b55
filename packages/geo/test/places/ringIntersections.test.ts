import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringIntersections } from '../../src/places/ringIntersections.ts';

/** Every pair of edges in ring order: the definition the searches must reproduce. */
function allPairs(rings: readonly (readonly Position[])[], max = 100): Position[] {
  const edges: [number, number][] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) edges.push([r, i]);
  });
  const vertices = new Set(rings.flat().map((p) => `${p[0]},${p[1]}`));
  const found: Position[] = [];
  for (let s = 0; s < edges.length; s++) {
    for (let t = s + 1; t < edges.length; t++) {
      const [rs, i] = edges[s]!;
      const [rt, k] = edges[t]!;
      const ring = rings[rs]!;
      if (rs === rt && (k - i === 1 || (i === 0 && k === ring.length - 2))) continue;
      const [x1, y1] = ring[i]! as [number, number];
      const [x2, y2] = ring[i + 1]! as [number, number];
      const [x3, y3] = rings[rt]![k]! as [number, number];
      const [x4, y4] = rings[rt]![k + 1]! as [number, number];
      const den = (y4 - y3) * (x2 - x1) - (x4 - x3) * (y2 - y1);
      if (den === 0) continue;
      const a = ((x4 - x3) * (y1 - y3) - (y4 - y3) * (x1 - x3)) / den;
      const b = ((x2 - x1) * (y1 - y3) - (y2 - y1) * (x1 - x3)) / den;
      if (a < 0 || a > 1 || b < 0 || b > 1) continue;
      const c = [x1 + a * (x2 - x1), y1 + a * (y2 - y1)];
      if (rs !== rt && vertices.has(`${c[0]},${c[1]}`)) continue;
      found.push(c);
      if (found.length >= max) return found;
    }
  }
  return found;
}

/** A closed ring of `n` random vertices on a small grid (so that edges touch and cross often). */
const ring = (n: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), {
      minLength: n,
      maxLength: n,
    })
    .map((ps) => [...ps, ps[0]!] as Position[]);

/** A ring of `n` vertices around (0, 0), with each `every`-th vertex swapped with the next (a twist). */
function twisted(n: number, every: number): Position[] {
  const ps: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = 10 + Math.sin(i);
    ps.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  for (let i = 1; i + 1 < n; i += every) [ps[i], ps[i + 1]] = [ps[i + 1]!, ps[i]!];
  return [...ps, ps[0]!];
}

describe('ringIntersections', () => {
  it('ringIntersections finds the crossings of a bow-tie ring', () => {
    const bowTie = [
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
      [0, 0],
    ];
    expect(ringIntersections([bowTie])).toEqual([[1, 1]]);
  });

  it('ringIntersections allows two rings to touch at a shared vertex but not to cross', () => {
    const shell = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const touching = [
      [0, 0],
      [1, 2],
      [2, 1],
      [0, 0],
    ];
    const crossing = [
      [3, 3],
      [5, 3],
      [5, 5],
      [3, 3],
    ];
    expect(ringIntersections([shell, touching])).toEqual([]);
    // (4, 4) is a vertex of the shell: only the crossing at (4, 3) counts.
    expect(ringIntersections([shell, crossing])).toEqual([[4, 3]]);
  });

  it('ringIntersections equals the every-pair search, points and order, on random rings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 3, max: 14 }).chain((n) => ring(n)),
          { minLength: 1, maxLength: 3 },
        ),
        fc.integer({ min: 1, max: 20 }),
        (rings, max) => {
          expect(ringIntersections(rings, max)).toEqual(allPairs(rings, max));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ringIntersections gives the same answer by sweep and by R-tree (rings past 4,096 edges)', () => {
    // The same crossings, once in a village-sized ring (sweep) and once in a long one (R-tree).
    const small = twisted(400, 97);
    const large = twisted(5000, 977);
    const s = ringIntersections([small]);
    const l = ringIntersections([large]);
    expect(s.length).toBeGreaterThan(0);
    expect(l.length).toBeGreaterThan(0);
    expect(s).toEqual(allPairs([small]));
    expect(l).toEqual(allPairs([large]));
  });

  it('ringIntersections keeps only the first max points of a ring that crosses itself everywhere', () => {
    const zigzag: Position[] = [];
    for (let i = 0; i < 300; i++) zigzag.push([i % 2 === 0 ? 0 : 10, i * 0.01 + (i % 3)]);
    zigzag.push(zigzag[0]!);
    const all = allPairs([zigzag], 1e9);
    expect(all.length).toBeGreaterThan(1000);
    expect(ringIntersections([zigzag], 7)).toEqual(all.slice(0, 7));
    expect(ringIntersections([zigzag], 5000)).toEqual(all.slice(0, 5000));
  });
});
