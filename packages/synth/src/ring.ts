/**
 * Clean-up and checks of the synthetic polygons' rings. A ring here is an open list of `[x, y]`
 * vertices (the first vertex is not repeated) unless a function says it returns a closed ring.
 * Area and point-in-ring are `@lokus/geo`'s (`signedArea`, `pointInRing`), the one home of ring
 * geometry.
 *
 * @module
 */
import { signedArea } from '@lokus/geo';

/** A vertex `[x, y]` (longitude, latitude in the output). */
export type Point = [number, number];

/**
 * Rounds an open ring to `digits` decimals, drops repeated vertices and zero-width spikes
 * (`a, b, a`), orients it counter-clockwise as RFC 7946 asks for outer rings, and closes it
 * (first vertex repeated last). Returns `null` when fewer than three distinct vertices remain.
 * O(n).
 *
 * @example
 * closedRing([[0, 0], [0, 1.000001], [1, 0]], 5); // => [[1, 0], [0, 1], [0, 0], [1, 0]]
 */
export function closedRing(
  ring: readonly (readonly [number, number])[],
  digits: number,
): Point[] | null {
  const f = 10 ** digits;
  const out: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = out[out.length - 2];
    if (before && before[0] === p[0] && before[1] === p[1]) {
      out.pop();
      continue;
    }
    out.push(p);
  }
  // Repeat the clean-up across the seam between the last and the first vertex.
  for (let changed = true; changed && out.length >= 3; ) {
    changed = false;
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (first[0] === last[0] && first[1] === last[1]) {
      out.pop();
      changed = true;
    } else if (out[1]![0] === last[0] && out[1]![1] === last[1]) {
      out.shift();
      out.pop();
      changed = true;
    } else if (out[out.length - 2]![0] === first[0] && out[out.length - 2]![1] === first[1]) {
      out.pop();
      out.shift();
      changed = true;
    }
  }
  if (out.length < 3) return null;
  if (signedArea(out) < 0) out.reverse();
  out.push([out[0]![0], out[0]![1]]);
  return out;
}

/** Orientation of the triangle a, b, c: > 0 counter-clockwise, < 0 clockwise, 0 collinear. */
function orient(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}

function onSegment(a: readonly number[], b: readonly number[], p: readonly number[]): boolean {
  return (
    Math.min(a[0]!, b[0]!) <= p[0]! &&
    p[0]! <= Math.max(a[0]!, b[0]!) &&
    Math.min(a[1]!, b[1]!) <= p[1]! &&
    p[1]! <= Math.max(a[1]!, b[1]!)
  );
}

/** Whether the closed segments ab and cd share any point. */
function segmentsTouch(
  a: readonly number[],
  b: readonly number[],
  c: readonly number[],
  d: readonly number[],
): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0)))
    return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/**
 * Whether a closed ring is simple: at least four positions, first equal to last, and no two
 * non-adjacent edges touching (adjacent edges may only share their common vertex). Brute force
 * over edge pairs, O(n²): meant for village cells of a few dozen vertices.
 *
 * @example
 * isSimpleRing([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]); // => true
 */
export function isSimpleRing(ring: readonly (readonly [number, number])[]): boolean {
  const n = ring.length - 1;
  if (n < 3) return false;
  const first = ring[0]!;
  const last = ring[n]!;
  if (first[0] !== last[0] || first[1] !== last[1]) return false;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    if (a[0] === b[0] && a[1] === b[1]) return false;
    for (let j = i + 1; j < n; j++) {
      const c = ring[j]!;
      const d = ring[j + 1]!;
      if (j === i + 1) {
        // Adjacent edges: they must not fold back onto each other.
        if (
          orient(a, b, d) === 0 &&
          (d[0] - b[0]) * (b[0] - a[0]) + (d[1] - b[1]) * (b[1] - a[1]) < 0
        )
          return false;
        continue;
      }
      if (i === 0 && j === n - 1) {
        if (
          orient(c, d, b) === 0 &&
          (b[0] - a[0]) * (a[0] - c[0]) + (b[1] - a[1]) * (a[1] - c[1]) < 0
        )
          return false;
        continue;
      }
      if (segmentsTouch(a, b, c, d)) return false;
    }
  }
  return true;
}
