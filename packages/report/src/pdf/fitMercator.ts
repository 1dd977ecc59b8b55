import { geoMercatorRaw } from 'd3-geo';

/** Mean Earth radius in km (IUGG), the sphere on which the scale is computed. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** A Mercator projection fitted into a box, in page points (y down). */
export interface FittedMercator {
  /** Page point of a `[lon, lat]`. */
  readonly project: (lon: number, lat: number) => [number, number];
  /** Page points per kilometre on the ground at the latitude of the box's centre. */
  readonly pointsPerKm: number;
  /** Width and height of the projected extent, in points. */
  readonly width: number;
  readonly height: number;
}

/**
 * Fits the spherical Mercator projection (d3-geo's `geoMercatorRaw`) to a lon/lat box so the box
 * fills `[x0, y0, x1, y1]` (page points, y down) as far as the aspect allows, centred.
 *
 * Applied as a planar transform rather than through d3's spherical pipeline, so polygon winding
 * (RFC 7946 counter-clockwise shells, which d3-geo would read as "everything but") never matters.
 * Mercator is conformal, so one scale holds in every direction at a point; at latitude φ the
 * scale is `k / (R cos φ)` points per km for `k` points per radian of longitude. Inside a
 * kabupaten (under 1.5° of latitude) it varies by under 0.5%. O(1).
 *
 * @param bbox - `[west, south, east, north]` in degrees.
 * @param box - `[x0, y0, x1, y1]` in points.
 * @example
 * const m = fitMercator([110, -1, 112, 1], [0, 0, 200, 200]);
 * m.project(111, 0); // => [100, 100]
 * Math.round(m.pointsPerKm * 1000) / 1000; // => 0.899
 */
export function fitMercator(
  bbox: readonly [number, number, number, number],
  box: readonly [number, number, number, number],
): FittedMercator {
  const [west, south, east, north] = bbox;
  const [x0, y0, x1, y1] = box;
  const [ax, ay] = geoMercatorRaw(west * RAD, north * RAD);
  const [bx, by] = geoMercatorRaw(east * RAD, south * RAD);
  const dx = Math.max(bx - ax, 1e-9);
  const dy = Math.max(ay - by, 1e-9);
  const k = Math.min((x1 - x0) / dx, (y1 - y0) / dy);
  const width = dx * k;
  const height = dy * k;
  const left = x0 + (x1 - x0 - width) / 2;
  const top = y0 + (y1 - y0 - height) / 2;
  const project = (lon: number, lat: number): [number, number] => {
    const [mx, my] = geoMercatorRaw(lon * RAD, lat * RAD);
    return [left + (mx - ax) * k, top + (ay - my) * k];
  };
  const midLat = ((south + north) / 2) * RAD;
  return { project, pointsPerKm: k / (EARTH_RADIUS_KM * Math.cos(midLat)), width, height };
}
