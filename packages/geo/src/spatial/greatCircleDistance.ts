/**
 * Mean Earth radius in kilometres (IUGG R1), as used by Turf's `distance`.
 *
 * @example
 * EARTH_RADIUS_KM; // => 6371.0088
 */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance in kilometres between two lon/lat points in degrees, on a sphere of radius
 * {@link EARTH_RADIUS_KM}.
 *
 * Method: the haversine formula (Sinnott 1984). O(1). Within 0.5 % of the ellipsoidal distance.
 *
 * @example
 * Math.round(greatCircleDistance(110, -7, 111, -7) * 1000) / 1000; // => 110.366 (km)
 */
export function greatCircleDistance(
  lon1: number,
  lat1: number,
  lon2: number,
  lat2: number,
): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}
