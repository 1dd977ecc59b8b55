import { union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { PointIds } from './pointIds.ts';
import { pointInRing, polygonsOf, signedArea } from './ring.ts';
import type { AnyFeature, AnyFeatureCollection } from './types.ts';

/** Options of {@link dissolveBy}. */
export interface DissolveByOptions {
  /**
   * `edges` (default): drop the edges shared by two polygons of a group and chain the rest into
   * rings; fast and exact for a tiling whose neighbours share vertices. `union`: polygon
   * union with turf (polyclip-ts); slower, but robust to overlaps and vertices that do not
   * coincide.
   */
  readonly method?: 'edges' | 'union';
  /**
   * `edges` only: grid size, in coordinate units, to which vertices are snapped before shared
   * edges are matched. Default 1e-6 (about 0.1 m in degrees), below the 5-decimal rounding of
   * the usual village files, so only vertices that are equal in the data are merged.
   */
  readonly precision?: number;
}

/** Properties of a dissolved outline. */
export interface DissolvedProperties {
  /** The group key returned by `key`. */
  readonly key: string;
  /** Number of input features in the group. */
  readonly count: number;
}

/** A dissolved outline. */
export type DissolvedFeature = Feature<Polygon | MultiPolygon, DissolvedProperties>;

const VERTEX_SPAN = 2 ** 26;

/** Ring positions of a group in RFC 7946 orientation, as chains of vertex ids. */
function edgesDissolve(members: readonly AnyFeature[], precision: number): Position[][][] {
  const ids = new PointIds(precision);
  const coords: Position[] = [];
  const vertex = (p: Position): number => {
    const id = ids.id(p[0]!, p[1]!);
    if (id === coords.length) coords.push([p[0]!, p[1]!]);
    return id;
  };
  // Directed edges u→v kept once; an edge meeting its reverse (a shared boundary) cancels.
  const count = new Map<number, number>();
  for (const f of members) {
    for (const rings of polygonsOf(f.geometry)) {
      rings.forEach((ring, r) => {
        const ccw = signedArea(ring) > 0;
        // Shells counter-clockwise, holes clockwise (RFC 7946): the interior on the left.
        const forward = r === 0 ? ccw : !ccw;
        const n = ring.length;
        const first = ring[0];
        const last = ring[n - 1];
        const closed =
          first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
        const m = closed ? n - 1 : n;
        const ringIds: number[] = [];
        for (let i = 0; i < m; i++) ringIds.push(vertex(ring[forward ? i : m - 1 - i]!));
        for (let i = 0; i < m; i++) {
          const u = ringIds[i]!;
          const v = ringIds[(i + 1) % m]!;
          if (u === v) continue;
          const rev = v * VERTEX_SPAN + u;
          const c = count.get(rev);
          if (c !== undefined) {
            if (c === 1) count.delete(rev);
            else count.set(rev, c - 1);
          } else {
            const key = u * VERTEX_SPAN + v;
            count.set(key, (count.get(key) ?? 0) + 1);
          }
        }
      });
    }
  }
  // Outgoing edges per vertex, in insertion order (deterministic).
  const out = new Map<number, number[]>();
  const edgesFrom: number[] = [];
  const edgesTo: number[] = [];
  for (const [key, c] of count) {
    const u = Math.floor(key / VERTEX_SPAN);
    const v = key - u * VERTEX_SPAN;
    for (let k = 0; k < c; k++) {
      const e = edgesFrom.length;
      edgesFrom.push(u);
      edgesTo.push(v);
      const list = out.get(u);
      if (list === undefined) out.set(u, [e]);
      else list.push(e);
    }
  }
  const used = new Uint8Array(edgesFrom.length);
  const rings: Position[][] = [];
  for (let start = 0; start < edgesFrom.length; start++) {
    if (used[start]) continue;
    const ring: Position[] = [coords[edgesFrom[start]!]!];
    let e = start;
    // Every vertex has as many edges in as out, so the walk always returns to its start.
    for (;;) {
      used[e] = 1;
      const u = edgesFrom[e]!;
      const v = edgesTo[e]!;
      ring.push(coords[v]!);
      if (v === edgesFrom[start]) break;
      // At a vertex where parts touch, turn most to the left: keeps touching parts apart.
      const p = coords[u]!;
      const q = coords[v]!;
      const dx = q[0]! - p[0]!;
      const dy = q[1]! - p[1]!;
      let best = -1;
      let bestAngle = Number.NEGATIVE_INFINITY;
      for (const cand of out.get(v) ?? []) {
        if (used[cand]) continue;
        const w = coords[edgesTo[cand]!]!;
        const ex = w[0]! - q[0]!;
        const ey = w[1]! - q[1]!;
        const angle = Math.atan2(dx * ey - dy * ex, dx * ex + dy * ey);
        if (angle > bestAngle) [best, bestAngle] = [cand, angle];
      }
      if (best === -1) break; // unbalanced input (overlapping duplicates): close the ring here
      e = best;
    }
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
    if (ring.length >= 4) rings.push(ring);
  }
  return assemble(rings);
}

/** A point strictly inside a ring: an edge midpoint nudged to the interior side. O(n²) worst. */
function interiorProbe(ring: readonly Position[], ccw: boolean): Position {
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const dx = b[0]! - a[0]!;
    const dy = b[1]! - a[1]!;
    if (dx === 0 && dy === 0) continue;
    // The interior is on the left of a counter-clockwise ring and on the right of a clockwise one.
    const side = ccw ? 1 : -1;
    for (const f of [1e-3, 1e-5, 1e-7]) {
      const x = (a[0]! + b[0]!) / 2 - dy * f * side;
      const y = (a[1]! + b[1]!) / 2 + dx * f * side;
      if (pointInRing(x, y, ring)) return [x, y];
    }
  }
  return ring[0]!;
}

interface Ring {
  readonly ring: Position[];
  /** Twice the signed area: positive for shells, negative for holes. */
  readonly area2: number;
  readonly probe: Position;
  readonly bbox: readonly [number, number, number, number];
}

function ringBox(ring: readonly Position[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ring) {
    if (p[0]! < box[0]) box[0] = p[0]!;
    if (p[1]! < box[1]) box[1] = p[1]!;
    if (p[0]! > box[2]) box[2] = p[0]!;
    if (p[1]! > box[3]) box[3] = p[1]!;
  }
  return box;
}

function contains(outer: Ring, x: number, y: number): boolean {
  const b = outer.bbox;
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && pointInRing(x, y, outer.ring);
}

/**
 * Groups shells (counter-clockwise) with the holes (clockwise) they contain. A ring whose
 * orientation disagrees with its nesting depth (a shell inside another shell, not in a hole: the
 * lens where two neighbours overlap; or a hole inside a hole) covers area already counted and is
 * dropped, so the outline's area is the area of the union.
 */
function assemble(raw: readonly Position[][]): Position[][][] {
  const rings: Ring[] = [];
  for (const ring of raw) {
    const area2 = signedArea(ring);
    if (area2 === 0) continue;
    rings.push({ ring, area2, probe: interiorProbe(ring, area2 > 0), bbox: ringBox(ring) });
  }
  // Larger rings first, so a ring's containers come before it.
  rings.sort((a, b) => Math.abs(b.area2) - Math.abs(a.area2));
  const shells: { ring: Ring; holes: Position[][] }[] = [];
  rings.forEach((r, i) => {
    const [x, y] = [r.probe[0]!, r.probe[1]!];
    let depth = 0;
    for (let j = 0; j < i; j++) if (contains(rings[j]!, x, y)) depth++;
    const isShell = r.area2 > 0;
    if (isShell !== (depth % 2 === 0)) return;
    if (isShell) {
      shells.push({ ring: r, holes: [] });
      return;
    }
    // The smallest shell holding the hole.
    for (let s = shells.length - 1; s >= 0; s--) {
      if (contains(shells[s]!.ring, x, y)) {
        shells[s]!.holes.push(r.ring);
        return;
      }
    }
  });
  return shells.map((s) => [s.ring.ring, ...s.holes]);
}

/** The group by polygon union (turf/polyclip-ts), rings in RFC 7946 orientation. */
function unionDissolve(members: readonly Feature<Polygon | MultiPolygon>[]): Position[][][] {
  if (members.length === 1) return polygonsOf(members[0]!.geometry);
  const merged = union({ type: 'FeatureCollection', features: [...members] });
  return polygonsOf(merged?.geometry);
}

/**
 * Dissolves polygons into one outline per group, e.g. villages into kecamatan
 * (`(f) => f.properties.kode_kec`) or into the kabupaten (`() => 'all'`).
 *
 * Method `edges` (default): every ring is oriented per RFC 7946, vertices are snapped to a grid
 * of `precision`, an edge shared by two polygons of the group (it appears once in each
 * direction) is dropped, and the remaining edges are chained into rings (turning most to the
 * left where parts touch), then holes are assigned to the smallest shell that contains them.
 * Exact when neighbouring polygons share their boundary vertices, as in a topologically clean
 * tiling. Tolerance: where neighbours overlap, the lens between their two boundaries comes out
 * as a shell nested inside the outline and is dropped (its area is already covered), so the
 * outline covers the union; where they leave a gap, the gap stays as a hole of the outline, as
 * in a polygon union; a vertex of one neighbour lying on an edge of the other without a shared
 * vertex leaves a zero-width spike (no area). Use `method: 'union'` when exact topology
 * matters. O(V log V + R²) for V vertices and R output rings. Measured on the Pati file (406
 * villages, 35,000 vertices, 21 kecamatan; medians on 2 shared cores): 22 ms for `edges`,
 * 1.4 s for `union`; the kecamatan areas differ from the turf union by about 0.01%.
 *
 * Method `union`: turf `union` (polyclip-ts, Martinez–Rueda sweep line) per group.
 *
 * @param features - Polygon or MultiPolygon features (others are ignored), or a collection.
 * @param key - Group of a feature; called once per feature in input order.
 * @returns One feature per group, sorted by key, with properties `{ key, count }`.
 * @example
 * const square = (x: number) => ({
 *   type: 'Feature' as const,
 *   properties: {},
 *   geometry: { type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
 * });
 * dissolveBy([square(0), square(1)], () => 'all')[0]?.geometry.coordinates;
 * // => [[[0, 0], [1, 0], [2, 0], [2, 1], [1, 1], [0, 1], [0, 0]]]
 */
export function dissolveBy(
  features: readonly AnyFeature[] | AnyFeatureCollection,
  key: (feature: AnyFeature, index: number) => string,
  options: DissolveByOptions = {},
): DissolvedFeature[] {
  const list: readonly AnyFeature[] = Array.isArray(features)
    ? features
    : (features as AnyFeatureCollection).features;
  if (!Array.isArray(list)) {
    throw new Error('dissolveBy requires an array of features or a FeatureCollection');
  }
  if (typeof key !== 'function') throw new Error('dissolveBy requires a key function');
  const { method = 'edges', precision = 1e-6 } = options;
  if (!(precision > 0)) throw new Error('dissolveBy requires a positive precision');
  if (method !== 'edges' && method !== 'union') {
    throw new Error("dissolveBy requires method 'edges' or 'union'");
  }
  const groups = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  list.forEach((f, i) => {
    const k = key(f, i);
    const t = f?.geometry?.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') return;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [f as Feature<Polygon | MultiPolygon>]);
    else g.push(f as Feature<Polygon | MultiPolygon>);
  });
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((k) => {
    const members = groups.get(k)!;
    const polygons =
      method === 'edges' ? edgesDissolve(members, precision) : unionDissolve(members);
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0]! }
        : { type: 'MultiPolygon', coordinates: polygons };
    return { type: 'Feature', properties: { key: k, count: members.length }, geometry };
  });
}
