// Village boundaries as vector tiles, and the single-file archive they travel in
export { tileRange } from './tileRange.ts';
export type { EncodedTile, TileLayerName, TileSet } from './types.ts';
export { type VillageTilesOptions, villageTiles } from './villageTiles.ts';
export { writePmtiles } from './writePmtiles.ts';
