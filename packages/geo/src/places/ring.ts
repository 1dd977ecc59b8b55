import type { Position } from 'geojson';

// Planar ring geometry, the one home of it in lokus (geo's places and synth's cells use it).
// A ring is a list of positions, closed (first = last, as GeoJSON writes it) or open (the first
// position not repeated): both give the same answers, since the closing edge has no length.
// Coordinates are read as planar x, y (lon, lat), which is what RFC 7946 winding and label
// placement need.

/**
 * Signed area of a ring in squared coordinate units (trapezoid form of the shoelace formula):
 * positive when counter-clockwise (x east, y north), as RFC 7946 wants outer rings. O(n).
 *
 * @example
 * signedArea([[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]); // => 2
 */
export function signedArea(ring: readonly (readonly number[])[]): number {
  let s = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    s += (a[0]! - b[0]!) * (a[1]! + b[1]!);
  }
  return s / 2;
}

/**
 * Whether the point (x, y) lies inside a ring, by the even–odd ray-casting rule (W. R. Franklin's
 * PNPOLY). Points on the boundary may fall either way. O(n).
 *
 * @example
 * pointInRing(1, 1, [[0, 0], [2, 0], [2, 2], [0, 2]]); // => true
 */
export function pointInRing(x: number, y: number, ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Polygons of a Polygon or MultiPolygon as a list of ring lists. */
export function polygonsOf(
  geometry: { readonly type: string; readonly coordinates?: unknown } | null | undefined,
): Position[][][] {
  if (geometry == null) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Position[][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Position[][][];
  return [];
}
