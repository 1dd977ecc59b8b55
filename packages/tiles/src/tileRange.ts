/**
 * The tiles at zoom `z` (Web Mercator, XYZ scheme: row 0 at the north) that cover a box
 * `[west, south, east, north]` in degrees, as inclusive column and row ranges. Latitudes are
 * clamped to Web Mercator's ±85.0511°.
 *
 * @example
 * tileRange([110.2, -7.2, 110.9, -6.6], 8); // => { x0: 206, x1: 206, y0: 132, y1: 133 }
 */
export function tileRange(
  bounds: readonly [number, number, number, number],
  z: number,
): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const column = (lon: number): number =>
    Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const row = (lat: number): number => {
    const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
    const y = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
    return Math.min(n - 1, Math.max(0, Math.floor(y * n)));
  };
  const [west, south, east, north] = bounds;
  return { x0: column(west), x1: column(east), y0: row(north), y1: row(south) };
}
