import type { Position } from 'geojson';

// Planar ring helpers shared by the geometry functions; not part of the public API. Rings are
// arrays of positions, closed (first = last) unless said otherwise; coordinates are read as
// planar x, y (lon, lat), which is what RFC 7946 winding and label placement need.

/** Twice the signed area of a ring (shoelace): positive when counter-clockwise. O(n). */
export function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    s += (a[0]! - b[0]!) * (a[1]! + b[1]!);
  }
  return s;
}

/** Even–odd test of a point against a ring. Points on the boundary may fall either way. O(n). */
export function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
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
