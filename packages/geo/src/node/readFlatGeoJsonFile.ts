// biome-ignore lint/style/noRestrictedImports: the Node entry @lokus/geo/node, outside the browser entry
import { closeSync, openSync, readSync } from 'node:fs';
import { type FlatPolygons, type ReadFlatGeoJsonOptions, readFlatGeoJson } from '../index.ts';

/** Bytes read at a time. */
const CHUNK = 1 << 20;

/** The file's bytes in chunks of one reused 1 MB buffer. */
function* chunksOf(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK);
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a GeoJSON FeatureCollection file into flat typed arrays (`readFlatGeoJson`), 1 MB at a
 * time, twice: neither the text nor its object tree is ever held, so a national file of several
 * hundred megabytes needs about 16 bytes per vertex.
 *
 * @param path - Path of a `.geojson` file (UTF-8).
 * @param options - `properties`: the property names to keep (default all).
 * @example
 * readFlatGeoJsonFile('data/sample/villages.geojson').length; // => 250
 */
export function readFlatGeoJsonFile(
  path: string,
  options: ReadFlatGeoJsonOptions = {},
): FlatPolygons {
  return readFlatGeoJson(() => chunksOf(path), options);
}
