import { zxyToTileId } from 'pmtiles';
import type { TileSet } from './types.ts';
import { utf8 } from './utf8.ts';

/** Bytes before the root directory: the fixed PMTiles v3 header. */
const HEADER_BYTES = 127;
/** The header and the root directory must fit in the first 16 KiB, so one read gets both. */
const FIRST_READ = 16_384;

/** One directory entry of a PMTiles archive. */
interface Entry {
  readonly tileId: number;
  readonly offset: number;
  readonly length: number;
  /** 1 for a tile, 0 for a pointer to a leaf directory. */
  readonly runLength: number;
}

/**
 * Writes a tile set as one PMTiles v3 archive (the single-file tile format MapLibre reads through
 * the `pmtiles` protocol, from a file, a static server or memory): header, root directory, JSON
 * metadata, leaf directories when the root would not fit in the first 16 KiB, then the tiles,
 * clustered in tile-ID (Hilbert) order. Tiles and directories are stored uncompressed, so the
 * archive needs no decompressor to read, in Node or the browser.
 *
 * Follows the PMTiles v3 specification (protomaps/PMTiles, spec/v3/spec.md): little-endian
 * header fields, directories as varint columns (delta tile IDs, run lengths, lengths, offsets
 * with 0 meaning "right after the previous tile"). Tile IDs come from the `pmtiles` package's
 * `zxyToTileId`; the same package reads the archive back in the tests. Deterministic: the same
 * tile set gives the same bytes. O(tiles + bytes).
 *
 * @example
 * const bytes = writePmtiles({
 *   tiles: [{ z: 0, x: 0, y: 0, data: new Uint8Array([1, 2, 3]) }],
 *   minZoom: 0, maxZoom: 0, bounds: [95, -11, 141, 6], metadata: { name: 'contoh' },
 * });
 * new TextDecoder().decode(bytes.subarray(0, 7)); // => 'PMTiles'
 */
export function writePmtiles(set: TileSet): Uint8Array {
  const tiles = set.tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.id - b.id);
  for (let i = 1; i < tiles.length; i++) {
    if (tiles[i]!.id === tiles[i - 1]!.id) {
      const { z, x, y } = set.tiles.find((t) => zxyToTileId(t.z, t.x, t.y) === tiles[i]!.id)!;
      throw new Error(`writePmtiles requires each tile once; tile ${z}/${x}/${y} is repeated`);
    }
  }
  const entries: Entry[] = [];
  let dataLength = 0;
  for (const t of tiles) {
    entries.push({ tileId: t.id, offset: dataLength, length: t.data.length, runLength: 1 });
    dataLength += t.data.length;
  }
  const { root, leaves } = directories(entries);
  const metadata = utf8(JSON.stringify(set.metadata));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const out = new Uint8Array(dataOffset + dataLength);
  const view = new DataView(out.buffer);
  out.set(utf8('PMTiles'), 0);
  out[7] = 3;
  const u64 = [
    rootOffset,
    root.length,
    metadataOffset,
    metadata.length,
    leavesOffset,
    leaves.length,
    dataOffset,
    dataLength,
    tiles.length, // addressed tiles
    tiles.length, // tile entries
    tiles.length, // tile contents
  ];
  u64.forEach((v, i) => {
    view.setBigUint64(8 + 8 * i, BigInt(v), true);
  });
  out[96] = 1; // clustered: tiles in tile-ID order
  out[97] = 1; // internal compression: none
  out[98] = 1; // tile compression: none
  out[99] = 1; // tile type: Mapbox Vector Tile
  out[100] = set.minZoom;
  out[101] = set.maxZoom;
  const e7 = (v: number): number => Math.round(v * 1e7);
  const [west, south, east, north] = set.bounds;
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  out[118] = set.centerZoom ?? set.minZoom;
  view.setInt32(119, e7((west + east) / 2), true);
  view.setInt32(123, e7((south + north) / 2), true);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  out.set(leaves, leavesOffset);
  let at = dataOffset;
  for (const t of tiles) {
    out.set(t.data, at);
    at += t.data.length;
  }
  return out;
}

/**
 * The root directory, and the leaf directories when all entries do not fit in the root: leaves
 * of `size` entries, the size doubled until the root of pointers fits.
 */
function directories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = serialiseDirectory(entries);
  if (whole.length <= FIRST_READ - HEADER_BYTES) return { root: whole, leaves: new Uint8Array() };
  for (let size = 4096; ; size *= 2) {
    const parts: Uint8Array[] = [];
    const pointers: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = serialiseDirectory(entries.slice(i, i + size));
      pointers.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      parts.push(leaf);
      offset += leaf.length;
    }
    const root = serialiseDirectory(pointers);
    if (root.length <= FIRST_READ - HEADER_BYTES) return { root, leaves: concat(parts, offset) };
  }
}

/** A directory as the specification's varint columns. */
function serialiseDirectory(entries: readonly Entry[]): Uint8Array {
  const bytes: number[] = [];
  varint(bytes, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(bytes, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(bytes, e.runLength);
  for (const e of entries) varint(bytes, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    const follows = previous !== undefined && e.offset === previous.offset + previous.length;
    varint(bytes, follows ? 0 : e.offset + 1);
  });
  return Uint8Array.from(bytes);
}

/** Appends an unsigned LEB128 varint (exact up to 2^53, as tile IDs and offsets are). */
function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
