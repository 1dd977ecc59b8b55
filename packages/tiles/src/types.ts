/** One encoded tile at zoom `z`, column `x`, row `y` (XYZ scheme, row 0 at the north). */
export interface EncodedTile {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  /** The tile's bytes: an uncompressed Mapbox Vector Tile. */
  readonly data: Uint8Array;
}

/** A set of vector tiles with what a tile archive records about them. */
export interface TileSet {
  /** The tiles, in any order; each (z, x, y) at most once. */
  readonly tiles: readonly EncodedTile[];
  readonly minZoom: number;
  readonly maxZoom: number;
  /** `[west, south, east, north]` in degrees. */
  readonly bounds: readonly [number, number, number, number];
  /** The zoom a map opens at (default `minZoom`). */
  readonly centerZoom?: number;
  /** JSON metadata: name, attribution, `vector_layers` (TileJSON), … */
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** Names of the layers in lokus village tiles. */
export type TileLayerName = 'desa' | 'kecamatan' | 'kabupaten';
