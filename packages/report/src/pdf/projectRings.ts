import type { MultiPolygon, Polygon } from 'geojson';

/** A ring in page points, closed (first point repeated last). */
export type PageRing = [number, number][];

/**
 * The rings of a polygon projected to page points, each ring thinned by radial distance:
 * a vertex closer than `tolerance` points to the last one kept is dropped (the closing vertex is
 * always kept). Parts in order, shell first. O(V).
 *
 * @param project - Page point of a `[lon, lat]`.
 * @example
 * projectRings(
 *   { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1.001, 0], [1, 1], [0, 0]]] },
 *   (x, y) => [x * 10, y * 10],
 * );
 * // => [[[[0, 0], [10, 0], [10, 10], [0, 0]]]]
 */
export function projectRings(
  geometry: Polygon | MultiPolygon,
  project: (lon: number, lat: number) => [number, number],
  tolerance = 0.25,
): PageRing[][] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const t2 = tolerance * tolerance;
  return parts.map((rings) =>
    rings.map((ring) => {
      const out: PageRing = [];
      ring.forEach((position, i) => {
        const p = project(position[0]!, position[1]!);
        const last = out[out.length - 1];
        const closing = i === ring.length - 1;
        if (last !== undefined && !closing && (p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2 < t2) {
          return;
        }
        out.push(p);
      });
      return out;
    }),
  );
}
