import type { Feature, Geometry, Position } from 'geojson';

/**
 * Area-weighted centroid of each feature's polygons, as interleaved `x, y` coordinates (ready for
 * {@link knnWeights} and {@link distanceBandWeights}); `NaN, NaN` for a feature without polygon
 * geometry. Holes are subtracted whatever their winding. A zero-area polygon falls back to the
 * mean of its vertices. The centroid of a concave or multi-part village may lie outside it.
 *
 * Method: the shoelace formula on planar coordinates (as sf's `st_centroid` without s2, or
 * GEOS). O(V).
 *
 * @param features - GeoJSON features with `Polygon` or `MultiPolygon` geometry.
 * @example
 * const f: Feature<Polygon> = { type: 'Feature', properties: {},
 *   geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] } };
 * Array.from(centroids([f])); // => [1, 1]
 */
export function centroids(features: readonly Feature<Geometry | null>[]): Float64Array {
  const out = new Float64Array(features.length * 2).fill(Number.NaN);
  for (let i = 0; i < features.length; i++) {
    const g = features[i]?.geometry ?? null;
    const polygons =
      g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    let area = 0;
    let sx = 0;
    let sy = 0;
    let count = 0;
    let mx = 0;
    let my = 0;
    for (const polygon of polygons) {
      polygon.forEach((ring, r) => {
        const [a, cx, cy] = ringMoments(ring);
        const sign = (r === 0) === a >= 0 ? 1 : -1;
        area += sign * a;
        sx += sign * cx;
        sy += sign * cy;
        for (const p of ring) {
          mx += p[0]!;
          my += p[1]!;
          count++;
        }
      });
    }
    if (area !== 0) {
      out[2 * i] = sx / (3 * area);
      out[2 * i + 1] = sy / (3 * area);
    } else if (count > 0) {
      out[2 * i] = mx / count;
      out[2 * i + 1] = my / count;
    }
  }
  return out;
}

/** Signed area and first moments (times 3) of a ring, shifted to its first vertex for accuracy. */
function ringMoments(ring: readonly Position[]): [number, number, number] {
  const first = ring[0];
  if (first === undefined) return [0, 0, 0];
  const x0 = first[0]!;
  const y0 = first[1]!;
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let k = 0; k + 1 < ring.length; k++) {
    const xa = ring[k]![0]! - x0;
    const ya = ring[k]![1]! - y0;
    const xb = ring[k + 1]![0]! - x0;
    const yb = ring[k + 1]![1]! - y0;
    const cross = xa * yb - xb * ya;
    a += cross;
    cx += (xa + xb) * cross;
    cy += (ya + yb) * cross;
  }
  a /= 2;
  // Moments about the origin: shift back by (x0, y0) × 3 × area.
  return [a, cx / 2 + 3 * a * x0, cy / 2 + 3 * a * y0];
}
