import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** How a group of shapes is painted. */
export interface PathStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
}

/**
 * SVG `<path>` elements for polygons, through d3-geo's `geoPath` over a planar point transform
 * (so ring winding does not matter), coordinates to 0.01 pt. Vertices closer than `tolerance`
 * points to the previous one drawn are dropped (radial-distance simplification): village files
 * carry metre-level detail that no printer can show, and dropping it shrinks the PDF and its
 * rendering time several-fold. Colours and widths come from the
 * caller, never from the features, so no user text reaches the SVG. O(V).
 *
 * @param project - Page point of a `[lon, lat]`.
 * @example
 * const f = { type: 'Feature' as const, properties: {},
 *   geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } };
 * svgPaths([f], (x, y) => [x * 10, y * 10], { fill: 'none', stroke: '#000', strokeWidth: 1 });
 * // => '<path d="M0,0L10,0L10,10Z" fill="none" stroke="#000" stroke-width="1" stroke-linejoin="round"/>'
 */
export function svgPaths(
  features: readonly Feature<Polygon | MultiPolygon>[],
  project: (lon: number, lat: number) => [number, number],
  style: PathStyle,
  tolerance = 0.25,
): string {
  const tolerance2 = tolerance * tolerance;
  let last: [number, number] | null = null;
  let skipped: [number, number] | null = null;
  const path = geoPath(
    geoTransform({
      lineStart() {
        last = null;
        skipped = null;
        this.stream.lineStart();
      },
      point(x: number, y: number) {
        const p = project(x, y);
        // Radial-distance simplification: a vertex closer than the tolerance to the last one
        // drawn cannot be seen on paper; it is dropped (the ring's last vertex is kept).
        if (last !== null && (p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2 < tolerance2) {
          skipped = p;
          return;
        }
        last = p;
        skipped = null;
        this.stream.point(p[0], p[1]);
      },
      lineEnd() {
        if (skipped !== null) this.stream.point(skipped[0], skipped[1]);
        this.stream.lineEnd();
      },
    }),
  ).digits(2);
  const attributes = `fill="${style.fill}" stroke="${style.stroke}" stroke-width="${style.strokeWidth}" stroke-linejoin="round"`;
  let out = '';
  for (const f of features) {
    const d = path(f);
    if (d) out += `<path d="${d}" ${attributes}/>`;
  }
  return out;
}
