import { createRng } from '@lokus/core';
import type { Point } from './ring.ts';

/** Options of {@link roughenEdges}. */
export interface RoughenEdgesOptions {
  /** Seed mixed into every edge's own generator (default 1). */
  readonly seed?: number;
  /** Halvings per edge: an edge becomes `2^levels` segments (default 4, i.e. 16). */
  readonly levels?: number;
  /**
   * Largest sideways offset of a midpoint, as a share of its segment's length (default 0.12).
   * Edges that meet another edge at a sharp corner get less (see the method below).
   */
  readonly amplitude?: number;
  /** Decimals every new vertex is rounded to, as the input's vertices are (default 5). */
  readonly digits?: number;
}

const DEG = Math.PI / 180;

/**
 * Replaces each straight edge of a planar partition by an irregular line, as real village
 * boundaries follow rivers, roads and field edges, so that synthetic polygons carry the vertex
 * count (the real districts' villages have 68–123 vertices each) and the ragged shape of real ones.
 *
 * Shared edges stay exact: an edge's new vertices depend only on its two end vertices and the
 * seed (the edge is generated in one canonical direction from its own seeded generator, and
 * reversed for the ring that walks it the other way), so the two rings beside an edge get the
 * same vertices, rounded the same way. Method: midpoint displacement — each level moves every
 * segment's midpoint sideways by up to `amplitude` × the segment's length. To keep rings simple,
 * an edge's amplitude shrinks with the sharpest corner at either of its ends, in any ring
 * (full above 90°, none at 20° or less); a ring that still comes out crossed gets its edges
 * calmer (half, quarter, then straight) and is rebuilt with its neighbours. The partition's
 * outline (edges of one ring only) stays straight. Input rings are open (first vertex not repeated) and
 * already rounded to `digits`. O(total vertices × 2^levels).
 *
 * @example
 * const [a, b] = roughenEdges([
 *   [[0, 0], [1, 0], [1, 1], [0, 1]],
 *   [[1, 0], [2, 0], [2, 1], [1, 1]],
 * ]);
 * a.length; // => 19
 * // Only the shared edge x = 1 is roughened: the same 15 new vertices in both rings.
 * a.slice(2, 17).join(';') === b.slice(4, 19).reverse().join(';'); // => true
 */
export function roughenEdges(
  rings: readonly (readonly Point[])[],
  options: RoughenEdgesOptions = {},
): Point[][] {
  const { seed = 1, levels = 4, amplitude = 0.5, digits = 5 } = options;
  if (!Number.isInteger(levels) || levels < 0 || levels > 10)
    throw new Error('roughenEdges requires levels to be an integer from 0 to 10');
  if (!(amplitude >= 0 && amplitude <= 1))
    throw new Error('roughenEdges requires amplitude from 0 to 1');
  const f = 10 ** digits;
  const round = (v: number): number => Math.round(v * f) / f;
  const edges = ringEdges(rings);
  // Each edge's share of the amplitude: less at sharp corners, halved where a ring came out crossed.
  const scale = new Map<string, number>();
  const held = new Map<string, number>();
  for (const list of edges) for (const { key } of list) held.set(key, (held.get(key) ?? 0) + 1);
  for (const [key, angle] of sharpestCorners(rings, edges)) {
    // The partition's outline (edges of one ring only) stays as given.
    const share = held.get(key) === 1 ? 0 : (angle - 20 * DEG) / (70 * DEG);
    scale.set(key, Math.min(1, Math.max(0, share)));
  }
  const made = new Map<string, Point[]>();
  const line = (key: string, p: Point, q: Point): Point[] => {
    let inner = made.get(key);
    if (inner === undefined) {
      const rng = createRng(hashText(key) ^ Math.imul(seed >>> 0, 0x9e3779b1));
      const size = amplitude * scale.get(key)!;
      inner = size === 0 ? [] : displace(p, q, levels, size, rng, round);
      made.set(key, inner);
    }
    return inner;
  };
  const build = (r: number): Point[] => {
    const ring = rings[r]!;
    const out: Point[] = [];
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      out.push(a);
      const { key, forward } = edges[r]![i]!;
      const inner = forward ? line(key, a, b) : line(key, b, a);
      for (let k = 0; k < inner.length; k++) out.push(inner[forward ? k : inner.length - 1 - k]!);
    }
    return out;
  };
  const out = rings.map((_, r) => build(r));
  // Repair: a ring whose new edges cross gets those edges calmer (half, then straight), and every
  // ring beside a changed edge is built and checked again.
  const ringsOf = new Map<string, number[]>();
  edges.forEach((list, r) => {
    for (const { key } of list) {
      const had = ringsOf.get(key);
      if (had === undefined) ringsOf.set(key, [r]);
      else had.push(r);
    }
  });
  let check = out.map((_, r) => r);
  for (let round = 0; check.length > 0; round++) {
    const crossed = check.filter((r) => crossesItself(out[r]!));
    const again = new Set<number>();
    for (const r of crossed) {
      for (const { key } of edges[r]!) {
        const had = scale.get(key)!;
        if (had === 0) continue;
        scale.set(key, round >= 2 ? 0 : had / 2);
        made.delete(key);
        for (const s of ringsOf.get(key)!) again.add(s);
      }
    }
    check = [...again].sort((a, b) => a - b);
    for (const r of check) out[r] = build(r);
  }
  return out;
}

interface EdgeRef {
  /** Canonical key of the edge: its two ends, the lexicographically lesser first. */
  readonly key: string;
  /** Whether the ring walks the edge in its canonical direction. */
  readonly forward: boolean;
}

/** Every ring's edges, i → i + 1, with their canonical keys. */
function ringEdges(rings: readonly (readonly Point[])[]): EdgeRef[][] {
  return rings.map((ring) =>
    ring.map((a, i) => {
      const b = ring[(i + 1) % ring.length]!;
      const forward = before(a, b);
      return { key: forward ? edgeKey(a, b) : edgeKey(b, a), forward };
    }),
  );
}

/** Lexicographic order of two vertices: the canonical direction of an edge runs from the lesser. */
function before(a: Point, b: Point): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function edgeKey(p: Point, q: Point): string {
  return `${p[0]},${p[1]};${q[0]},${q[1]}`;
}

/** For each edge (canonical key), the smallest corner angle at either of its ends, in any ring. */
function sharpestCorners(
  rings: readonly (readonly Point[])[],
  edges: readonly (readonly EdgeRef[])[],
): Map<string, number> {
  const out = new Map<string, number>();
  const note = (key: string, angle: number): void => {
    const had = out.get(key);
    if (had === undefined || angle < had) out.set(key, angle);
  };
  rings.forEach((ring, r) => {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const angle = cornerAngle(ring[(i + n - 1) % n]!, ring[i]!, ring[(i + 1) % n]!);
      note(edges[r]![(i + n - 1) % n]!.key, angle);
      note(edges[r]![i]!.key, angle);
    }
  });
  return out;
}

/** The angle at `v` between the edges to `p` and to `q`, in radians from 0 to π. */
function cornerAngle(p: Point, v: Point, q: Point): number {
  const ux = p[0] - v[0];
  const uy = p[1] - v[1];
  const wx = q[0] - v[0];
  const wy = q[1] - v[1];
  return Math.abs(Math.atan2(ux * wy - uy * wx, ux * wx + uy * wy));
}

/**
 * The `2^levels − 1` inner vertices between p and q, from p's side. The line is the graph of an
 * offset over the edge (positions along it only ever increase, so it cannot cross itself), built
 * by midpoint displacement, finer levels wiggling more, and tapered to nothing at both ends so it
 * leaves each corner along the straight edge.
 */
function displace(
  p: Point,
  q: Point,
  levels: number,
  amplitude: number,
  rng: () => number,
  round: (v: number) => number,
): Point[] {
  const segments = 2 ** levels;
  const offset = new Float64Array(segments + 1);
  for (let level = 0, step = segments; level < levels; level++, step /= 2) {
    const size = (amplitude * (level + 1)) / levels / 2 ** level;
    for (let k = step / 2; k < segments; k += step) {
      const sign = rng() < 0.5 ? -1 : 1;
      offset[k] =
        (offset[k - step / 2]! + offset[k + step / 2]!) / 2 + sign * size * (0.75 + 0.25 * rng());
    }
  }
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const inner: Point[] = [];
  for (let k = 1; k < segments; k++) {
    const t = k / segments;
    const y = offset[k]! * Math.min(1, 6 * t * (1 - t));
    const point: Point = [round(p[0] + t * dx - y * dy), round(p[1] + t * dy + y * dx)];
    const last = inner[inner.length - 1] ?? p;
    if (point[0] !== last[0] || point[1] !== last[1]) inner.push(point);
  }
  // A rounded vertex equal to q would repeat the edge's end.
  const tail = inner[inner.length - 1];
  if (tail !== undefined && tail[0] === q[0] && tail[1] === q[1]) inner.pop();
  return inner;
}

/**
 * Whether two non-adjacent edges of an open ring touch, by a sweep over the edges sorted by their
 * west end (only edges whose x-ranges overlap are compared). O(n log n + pairs compared).
 */
function crossesItself(ring: readonly Point[]): boolean {
  const n = ring.length;
  const west = new Float64Array(n);
  const east = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = ring[i]![0];
    const b = ring[(i + 1) % n]![0];
    west[i] = Math.min(a, b);
    east[i] = Math.max(a, b);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => west[a]! - west[b]!);
  const active: number[] = [];
  for (const i of order) {
    for (let k = active.length - 1; k >= 0; k--)
      if (east[active[k]!]! < west[i]!) active.splice(k, 1);
    for (const j of active) {
      const gap = i > j ? i - j : j - i;
      if (gap === 1 || gap === n - 1) continue;
      if (touch(ring[i]!, ring[(i + 1) % n]!, ring[j]!, ring[(j + 1) % n]!)) return true;
    }
    active.push(i);
  }
  return false;
}

/** Whether the closed segments ab and cd share a point (orientation tests, collinear cases too). */
function touch(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (
    (o1 === 0 && within(a, b, c)) ||
    (o2 === 0 && within(a, b, d)) ||
    (o3 === 0 && within(c, d, a)) ||
    (o4 === 0 && within(c, d, b))
  );
}

/** Sign of the turn p → q → r: 1 left, −1 right, 0 straight. */
function orientation(p: Point, q: Point, r: Point): number {
  return Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
}

/** Whether r lies in the bounding box of p and q. */
function within(p: Point, q: Point, r: Point): boolean {
  return (
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1])
  );
}

/** FNV-1a of a string, 32 bits. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
