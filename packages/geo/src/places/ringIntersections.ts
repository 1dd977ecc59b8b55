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
 * Method: Flatbush (github.com/mourner/flatbush) over the n edges, O(n log n) to build, then one
 * box query per edge, O(log n + k) for k edges whose boxes overlap it; for the rings of real
 * boundaries (short edges) about O(n log n) overall instead of the O(n²) of `kinks`. Stops after
 * `max` points.
 */
export function ringIntersections(rings: readonly (readonly Position[])[], max = 100): Position[] {
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
  const vertices = new Set<string>();
  if (rings.length > 1)
    for (const ring of rings) for (const p of ring) vertices.add(`${p[0]},${p[1]}`);
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
