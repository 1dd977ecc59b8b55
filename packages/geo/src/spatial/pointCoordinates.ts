import type { Points } from './types.ts';

/** Interleaved `x, y` coordinates of `points` (a copy), checking they are finite. */
export function pointCoordinates(fn: string, points: Points): Float64Array {
  let xy: Float64Array;
  if (points instanceof Float64Array) {
    if (points.length % 2 !== 0) throw new Error(`${fn} requires interleaved x, y coordinates`);
    xy = points.slice();
  } else {
    xy = new Float64Array(points.length * 2);
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      xy[2 * i] = p[0];
      xy[2 * i + 1] = p[1];
    }
  }
  for (let k = 0; k < xy.length; k++) {
    if (!Number.isFinite(xy[k]!))
      throw new Error(`${fn} requires finite coordinates (point ${k >> 1})`);
  }
  return xy;
}
