// Types of the parts of shpjs (which ships none) that this package uses.
declare module 'shpjs' {
  import type { Geometry } from 'geojson';

  /** Geometries of a `.shp`, reprojected to WGS84 by proj4 when a `.prj` text is given. */
  export function parseShp(shp: Uint8Array | ArrayBuffer, prj?: string): (Geometry | null)[];
  /** Rows of a `.dbf`, text decoded with the given encoding label (a `.cpg` text). */
  export function parseDbf(
    dbf: Uint8Array | ArrayBuffer,
    encoding?: string,
  ): Record<string, unknown>[];
}
