/**
 * Indonesia's extent in WGS84 degrees (longitude 94–142 E, latitude 11 S – 6 N), with a margin
 * around Sabang in the west, Merauke in the east, Rote in the south and Miangas in the north.
 * The boundary readers use it to recognise swapped and misplaced coordinates.
 *
 * @example
 * INDONESIA_EXTENT.west; // => 94
 */
export const INDONESIA_EXTENT: Readonly<{
  west: number;
  south: number;
  east: number;
  north: number;
}> = Object.freeze({ west: 94, south: -11, east: 142, north: 6 });
