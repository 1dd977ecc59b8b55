import Flatbush from 'flatbush';
import type { Position } from 'geojson';

// Self-intersection search for polygon rings; not part of the public API.

/** Crossing point of segments p1–p2 and p3–p4 (end points included), or `null`. */
function crossing(p1: Position, p2: Position, p3: Position, p4: Position): Position | null {
  const [x1, y1] = p1 as [number, number];
  const [x2, y2] = p2 as [number, number];
  const [x3, y3] = p3 as [number, number];
  const [x4, y4] = p4 as [number, number];
  const den = (y4 - y3) * (x2 - x1) - (x4 - x3) * (y2 - y1);
  // Parallel and collinear segments are not reported, as in turf `kinks`.
  if (den === 0) return null;
  const a = ((x4 - x3) * (y1 - y3) - (y4 - y3) * (x1 - x3)) / den;
  const b = ((x2 - x1) * (y1 - y3) - (y2 - y1) * (x1 - x3)) / den;
  if (a < 0 || a > 1 || b < 0 || b > 1) return null;
  return [x1 + a * (x2 - x1), y1 + a * (y2 - y1)];
}

/**
 * Points where the edges of closed rings cross or touch. Within one ring every crossing or
 * touch of two non-adjacent edges counts; between two rings only crossings away from the rings'
 * vertices count (rings may touch at a shared vertex, as OGC simple features allow). The same
 * segment test as turf `kinks`, but candidate pairs come from a Flatbush packed R-tree of the
 * edges' boxes instead of every pair.
 *
 * Method: for a village's rings (up to {@link SWEEP_EDGES} edges) a sweep over the edges sorted by
 * their left end, each compared with the edges that start before it ends; for longer rings a
 * Flatbush (github.com/mourner/flatbush) packed R-tree over the edges, one box query per edge.
 * Both are about O(n log n) for the short edges of real boundaries instead of the O(n²) of
 * `kinks`, and both report the first `max` points in the same order: by the first edge of the
 * pair, then the second, in ring order.
 */
export function ringIntersections(rings: readonly (readonly Position[])[], max = 100): Position[] {
  let edges = 0;
  for (const ring of rings) edges += Math.max(0, ring.length - 1);
  if (edges === 0) return [];
  if (edges <= SWEEP_EDGES) return sweepIntersections(rings, edges, max);
  const ringOf: number[] = [];
  const indexOf: number[] = [];
  for (let r = 0; r < rings.length; r++) {
    for (let i = 0; i + 1 < rings[r]!.length; i++) {
      ringOf.push(r);
      indexOf.push(i);
    }
  }
  const n = ringOf.length;
  if (n === 0) return [];
  const tree = new Flatbush(n);
  for (let s = 0; s < n; s++) {
    const ring = rings[ringOf[s]!]!;
    const p = ring[indexOf[s]!]!;
    const q = ring[indexOf[s]! + 1]!;
    tree.add(
      Math.min(p[0]!, q[0]!),
      Math.min(p[1]!, q[1]!),
      Math.max(p[0]!, q[0]!),
      Math.max(p[1]!, q[1]!),
    );
  }
  tree.finish();
  const vertices = rings.length > 1 ? vertexKeys(rings) : new Set<string>();
  const found: Position[] = [];
  for (let s = 0; s < n && found.length < max; s++) {
    const rs = ringOf[s]!;
    const ring = rings[rs]!;
    const i = indexOf[s]!;
    const p = ring[i]!;
    const q = ring[i + 1]!;
    const candidates = tree.search(
      Math.min(p[0]!, q[0]!),
      Math.min(p[1]!, q[1]!),
      Math.max(p[0]!, q[0]!),
      Math.max(p[1]!, q[1]!),
    );
    candidates.sort((x, y) => x - y);
    for (const t of candidates) {
      if (t <= s) continue;
      const rt = ringOf[t]!;
      const k = indexOf[t]!;
      if (rs === rt && (k - i === 1 || (i === 0 && k === ring.length - 2))) continue;
      const other = rings[rt]!;
      const c = crossing(p, q, other[k]!, other[k + 1]!);
      if (c === null) continue;
      if (rs !== rt && vertices.has(`${c[0]},${c[1]}`)) continue;
      found.push(c);
      if (found.length >= max) break;
    }
  }
  return found;
}

/**
 * Rings with at most this many edges in all are searched by a sweep: building an R-tree costs
 * more than it saves on the few hundred edges of a village.
 */
const SWEEP_EDGES = 4096;

/** Vertices of the rings as "x,y" keys: touching at a shared vertex is allowed between rings. */
function vertexKeys(rings: readonly (readonly Position[])[]): Set<string> {
  const vertices = new Set<string>();
  for (const ring of rings) for (const p of ring) vertices.add(`${p[0]},${p[1]}`);
  return vertices;
}

/** Keeps the first `max` hits in (first edge, second edge) order, in place. */
function keepFirst(hits: { s: number; t: number }[], max: number): void {
  hits.sort((x, y) => x.s - y.s || x.t - y.t);
  hits.length = Math.min(hits.length, max);
}

/** {@link ringIntersections} by a sweep over the edges sorted by their left end. */
function sweepIntersections(
  rings: readonly (readonly Position[])[],
  n: number,
  max: number,
): Position[] {
  const ringOf = new Int32Array(n);
  const indexOf = new Int32Array(n);
  const minX = new Float64Array(n);
  const maxX = new Float64Array(n);
  const minY = new Float64Array(n);
  const maxY = new Float64Array(n);
  let e = 0;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    for (let i = 0; i + 1 < ring.length; i++, e++) {
      const p = ring[i]!;
      const q = ring[i + 1]!;
      ringOf[e] = r;
      indexOf[e] = i;
      minX[e] = Math.min(p[0]!, q[0]!);
      maxX[e] = Math.max(p[0]!, q[0]!);
      minY[e] = Math.min(p[1]!, q[1]!);
      maxY[e] = Math.max(p[1]!, q[1]!);
    }
  }
  const order = new Uint32Array(n);
  for (let s = 0; s < n; s++) order[s] = s;
  order.sort((a, b) => minX[a]! - minX[b]! || a - b);
  // Pairs (first edge, second edge, point), in the order the R-tree search would find them.
  const hits: { s: number; t: number; at: Position }[] = [];
  let vertices: Set<string> | null = null;
  for (let a = 0; a < n; a++) {
    const u = order[a]!;
    for (let b = a + 1; b < n; b++) {
      const v = order[b]!;
      if (minX[v]! > maxX[u]!) break;
      if (minY[v]! > maxY[u]! || maxY[v]! < minY[u]!) continue;
      const s = Math.min(u, v);
      const t = Math.max(u, v);
      const rs = ringOf[s]!;
      const rt = ringOf[t]!;
      const ring = rings[rs]!;
      const i = indexOf[s]!;
      const k = indexOf[t]!;
      if (rs === rt && (k - i === 1 || (i === 0 && k === ring.length - 2))) continue;
      const other = rings[rt]!;
      const c = crossing(ring[i]!, ring[i + 1]!, other[k]!, other[k + 1]!);
      if (c === null) continue;
      if (rs !== rt) {
        vertices ??= vertexKeys(rings);
        if (vertices.has(`${c[0]},${c[1]}`)) continue;
      }
      hits.push({ s, t, at: c });
      // A ring that crosses itself everywhere keeps only the first `max` pairs in memory.
      if (hits.length >= 4 * max + 64) keepFirst(hits, max);
    }
  }
  keepFirst(hits, max);
  return hits.map((h) => h.at);
}
