/**
 * The village boundaries of a large dataset as one PMTiles archive of `@lokus/tiles` (what
 * `lokus tiles` writes): opened from a same-origin URL or a file the analyst picked, held as a
 * `File` (off the script heap, passed to the page without a copy) and read by the map through the
 * `pmtiles` protocol. No byte leaves the computer and no server needs range requests.
 */
import { FileSource, PMTiles, TileType } from 'pmtiles';
import { nt } from '../map/nationalText.ts';

/** What the map needs of an archive. */
export interface NationalTiles {
  /** The archive; its name is the key of the map's tile URLs (`pmtiles://<name>/{z}/{x}/{y}`). */
  readonly archive: File;
  /** `[west, south, east, north]` in degrees. */
  readonly bounds: readonly [number, number, number, number];
  readonly minZoom: number;
  readonly maxZoom: number;
  /** Zoom from which the layer `desa` (villages) holds features. */
  readonly villageMinZoom: number;
  /** Zoom from which the layer `kecamatan` holds features. */
  readonly kecamatanMinZoom: number;
  /** Attribution kept in the archive, if any. */
  readonly attribution: string | null;
}

/** An opened archive and the village codes it holds (metadata `desa_kode`). */
export interface OpenedTiles {
  readonly tiles: NationalTiles;
  readonly codes: readonly string[];
}

interface Metadata {
  readonly vector_layers?: readonly { id: string; minzoom?: number }[];
  readonly desa_kode?: readonly string[];
  readonly attribution?: string;
}

let opened = 0;

/**
 * Opens an archive from a URL (fetched whole, once) or a file, and checks it is lokus village
 * tiles: vector tiles with the layers `desa`, `kecamatan`, `kabupaten` and the list of codes.
 *
 * @example
 * const { tiles, codes } = await openNationalTiles('data/sample/villages.pmtiles', 'sample');
 * codes.length > 0 && tiles.villageMinZoom === 8; // => true
 */
export async function openNationalTiles(source: string | Blob, name: string): Promise<OpenedTiles> {
  let blob: Blob;
  if (typeof source === 'string') {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    blob = await res.blob();
  } else blob = source;
  // A fresh key for every opening: the map's protocol never mixes two archives.
  opened++;
  // The page and the worker count apart: `p` or `w` keeps their keys apart too.
  const where = typeof document === 'undefined' ? 'w' : 'p';
  const safe = name.replace(/[^\w.-]/g, '_');
  const archive = new File([blob], `lokus-${where}${opened}-${safe}.pmtiles`);
  const reader = new PMTiles(new FileSource(archive));
  let header: Awaited<ReturnType<PMTiles['getHeader']>>;
  let metadata: Metadata;
  try {
    header = await reader.getHeader();
    metadata = (await reader.getMetadata()) as Metadata;
  } catch {
    throw new Error(nt('notTiles', { file: name }));
  }
  const layer = (id: string) => metadata.vector_layers?.find((l) => l.id === id);
  const desa = layer('desa');
  const kecamatan = layer('kecamatan');
  if (header.tileType !== TileType.Mvt || !desa || !kecamatan || !layer('kabupaten')) {
    throw new Error(nt('notTiles', { file: name }));
  }
  if (!Array.isArray(metadata.desa_kode)) throw new Error(nt('notTiles', { file: name }));
  return {
    tiles: {
      archive,
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
      minZoom: header.minZoom,
      maxZoom: header.maxZoom,
      villageMinZoom: desa.minzoom ?? header.minZoom,
      kecamatanMinZoom: kecamatan.minzoom ?? header.minZoom,
      attribution: typeof metadata.attribution === 'string' ? metadata.attribution : null,
    },
    codes: metadata.desa_kode.map(String),
  };
}
