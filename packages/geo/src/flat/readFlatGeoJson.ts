import { FlatGeoJsonScanner } from './flatGeoJsonScanner.ts';
import type { FlatPolygons } from './types.ts';
import { utf8Encode } from './utf8.ts';

/** UTF-8 bytes of a GeoJSON text: the text, its bytes, or a function giving its chunks anew. */
export type GeoJsonSource = string | Uint8Array | (() => Iterable<Uint8Array>);

/** Options of {@link readFlatGeoJson}. */
export interface ReadFlatGeoJsonOptions {
  /**
   * Properties to keep for each feature (default all): a national file's names and codes take
   * tens of MB as objects, and weights need only the code.
   */
  readonly properties?: readonly string[];
}

/**
 * Reads a GeoJSON FeatureCollection into {@link FlatPolygons} without building its object tree:
 * the bytes are scanned twice (counting, then filling typed arrays of the exact size), so memory
 * is the flat arrays (16 bytes per vertex) plus one chunk, whatever the file's size. Pass a
 * function giving the chunks (e.g. a file read in pieces) to keep the text itself out of memory.
 * Coordinates equal `JSON.parse`'s; z values are dropped; properties are parsed per feature.
 * Geometries other than Polygon and MultiPolygon (and null) keep their type and get no polygons.
 * Throws on malformed JSON (naming the byte offset) and on anything but a FeatureCollection.
 *
 * @param source - The GeoJSON text, its UTF-8 bytes, or a function that returns its chunks.
 * @param options - `properties`: the property names to keep (default all).
 * @example
 * const flat = readFlatGeoJson('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kode":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,1],[0,0]]]}}]}');
 * Array.from(flat.coordinates); // => [0, 0, 1, 0, 0, 1, 0, 0]
 */
export function readFlatGeoJson(
  source: GeoJsonSource,
  options: ReadFlatGeoJsonOptions = {},
): FlatPolygons {
  const chunks: () => Iterable<Uint8Array> =
    typeof source === 'function'
      ? source
      : typeof source === 'string'
        ? () => [utf8Encode(source)]
        : () => [source];
  const counter = new FlatGeoJsonScanner(null);
  for (const chunk of chunks()) counter.write(chunk);
  counter.end();
  const filler = new FlatGeoJsonScanner(counter.counts, options.properties);
  for (const chunk of chunks()) filler.write(chunk);
  return filler.end()!;
}
