import { signedArea } from '@lokus/geo';
import type { Point } from './ring.ts';

/**
 * Clips a polygon (`subject`, any simple open ring, convex or not) to a convex polygon (`clip`,
 * an open ring in either orientation) with the Sutherland–Hodgman algorithm (Sutherland &
 * Hodgman 1974, "Reentrant polygon clipping"). Returns the open ring of the intersection, or an
 * empty array when they do not overlap.
 *
 * The clip window must be convex; the subject may be concave. When a concave subject meets the
 * window in several pieces, the result joins them with zero-width edges along the window's
 * boundary, so callers that need a simple ring must check it (see `isSimpleRing`). Inputs are not
 * modified. O(n·m) for n subject and m clip vertices.
 *
 * @example
 * clipToConvex([[0, 0], [2, 0], [2, 2], [0, 2]], [[1, 1], [3, 1], [3, 3], [1, 3]]);
 * // => [[1, 1], [2, 1], [2, 2], [1, 2]]
 */
export function clipToConvex(
  subject: readonly (readonly [number, number])[],
  clip: readonly (readonly [number, number])[],
): Point[] {
  if (clip.length < 3)
    throw new Error('clipToConvex requires a clip polygon of at least 3 vertices');
  const sign = signedArea(clip) >= 0 ? 1 : -1;
  let output: Point[] = subject.map((p) => [p[0], p[1]]);
  const m = clip.length;
  for (let e = 0; e < m && output.length > 0; e++) {
    const a = clip[e]!;
    const b = clip[(e + 1) % m]!;
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    // Positive when p is on the inner side of the directed edge a→b.
    const side = (p: readonly [number, number]): number =>
      sign * (ex * (p[1] - a[1]) - ey * (p[0] - a[0]));
    const input = output;
    output = [];
    let prev = input[input.length - 1]!;
    let prevSide = side(prev);
    for (const cur of input) {
      const curSide = side(cur);
      if (curSide >= 0) {
        if (prevSide < 0) output.push(intersect(prev, cur, prevSide, curSide));
        output.push(cur);
      } else if (prevSide >= 0) {
        output.push(intersect(prev, cur, prevSide, curSide));
      }
      prev = cur;
      prevSide = curSide;
    }
  }
  return output;
}

/** The point where segment pq crosses the edge line, from the signed sides of p and q. */
function intersect(p: Point, q: Point, sp: number, sq: number): Point {
  const t = sp / (sp - sq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}
