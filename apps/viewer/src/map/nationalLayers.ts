/**
 * The layers of the national map (a dataset whose boundaries are vector tiles of `@lokus/tiles`):
 * one vector source read through the `pmtiles` protocol from the archive the page holds, with
 * the ids promoted from the codes (`kode`, `kode_kec`, `kode_kab`) so colours are feature-state
 * only. Zoomed out the kabupaten, then the kecamatan, are coloured by their share of loci; the
 * villages (the same layer ids as the district map: `village-fill`, `village-line`,
 * `locus-line`) from the zoom the tiles carry them on.
 */
import * as maplibregl from 'maplibre-gl';
import { FileSource, PMTiles, Protocol } from 'pmtiles';
import type { NationalTiles } from '../data/nationalTiles.ts';
import { shareFill } from './nationalShares.ts';
import { NO_DATA } from './palette.ts';
import { LOCUS_OUTLINE, LOCUS_WIDTH, SOURCE } from './villageLayers.ts';

/** Source layers of the tiles. */
export const DESA = 'desa';
export const KECAMATAN = 'kecamatan';
export const KABUPATEN = 'kabupaten';
/** Colour of the kabupaten boundaries. */
export const KABUPATEN_LINE = '#2f5d8c';

const LAYERS = [
  'overlay-line',
  'village-highlight',
  'locus-line',
  'kabupaten-line',
  'kecamatan-line',
  'village-line',
  'village-fill',
  'kecamatan-fill',
  'kabupaten-fill',
];
const DISTRICT_SOURCES = [SOURCE, 'kecamatan', 'highlight'];

let protocol: Protocol | null = null;
const added = new Set<string>();

/** Registers the `pmtiles` protocol once and the archive under its name. */
function register(tiles: NationalTiles): void {
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', protocol.tile);
  }
  if (added.has(tiles.archive.name)) return;
  protocol.add(new PMTiles(new FileSource(tiles.archive)));
  added.add(tiles.archive.name);
}

/** Zooms where each level of the map is shown. */
export function nationalZooms(tiles: NationalTiles): { kecamatan: number; village: number } {
  const village = tiles.villageMinZoom;
  // Kecamatan colours half a zoom after the tiles carry them: a province view shows them, the
  // national view keeps the kabupaten (7,000 kecamatan are too fine there).
  const kecamatan = Math.min(village, tiles.kecamatanMinZoom + 0.5);
  return { kecamatan, village };
}

/**
 * (Re)creates the national source and layers on a map whose style has loaded.
 *
 * @example
 * addNationalLayers(map, ds.tiles);
 * map.getSource('villages').type; // => 'vector'
 */
export function addNationalLayers(map: maplibregl.Map, tiles: NationalTiles): void {
  for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of DISTRICT_SOURCES) if (map.getSource(id)) map.removeSource(id);
  register(tiles);
  const zoom = nationalZooms(tiles);
  map.addSource(SOURCE, {
    type: 'vector',
    tiles: [`pmtiles://${tiles.archive.name}/{z}/{x}/{y}`],
    minzoom: tiles.minZoom,
    maxzoom: tiles.maxZoom,
    bounds: [...tiles.bounds],
    promoteId: { [DESA]: 'kode', [KECAMATAN]: 'kode_kec', [KABUPATEN]: 'kode_kab' },
  });
  const layer = (spec: Record<string, unknown>) =>
    map.addLayer({ source: SOURCE, ...spec } as maplibregl.AddLayerObject);
  layer({
    id: 'kabupaten-fill',
    type: 'fill',
    'source-layer': KABUPATEN,
    maxzoom: zoom.kecamatan,
    paint: { 'fill-color': shareFill(), 'fill-antialias': false },
  });
  layer({
    id: 'kecamatan-fill',
    type: 'fill',
    'source-layer': KECAMATAN,
    minzoom: zoom.kecamatan,
    maxzoom: zoom.village,
    paint: { 'fill-color': shareFill(), 'fill-antialias': false },
  });
  layer({
    id: 'village-fill',
    type: 'fill',
    'source-layer': DESA,
    minzoom: zoom.village,
    paint: {
      'fill-color': ['match', ['coalesce', ['feature-state', 'c'], -1], -2, NO_DATA, NO_DATA],
      'fill-antialias': false,
    },
  });
  layer({
    id: 'village-line',
    type: 'line',
    'source-layer': DESA,
    minzoom: zoom.village,
    paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
  });
  layer({
    id: 'kecamatan-line',
    type: 'line',
    'source-layer': KECAMATAN,
    minzoom: zoom.kecamatan,
    paint: {
      'line-color': '#555555',
      'line-width': ['interpolate', ['linear'], ['zoom'], zoom.kecamatan, 0.3, 11, 1.4],
    },
  });
  layer({
    id: 'kabupaten-line',
    type: 'line',
    'source-layer': KABUPATEN,
    paint: {
      // Slate blue: told apart from the black loci outlines.
      'line-color': KABUPATEN_LINE,
      'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 7, 1, 11, 2.2],
    },
  });
  layer({
    id: 'locus-line',
    type: 'line',
    'source-layer': DESA,
    minzoom: zoom.village,
    paint: { 'line-color': LOCUS_OUTLINE, 'line-width': LOCUS_WIDTH },
  });
  layer({
    id: 'village-highlight',
    type: 'line',
    'source-layer': DESA,
    filter: ['==', ['get', 'kode'], ''],
    paint: { 'line-color': '#000000', 'line-width': 3 },
  });
}

/**
 * Outlines one village by its code (or none): a filter on the tiles, no geometry is sent.
 *
 * @example
 * highlightNationalVillage(map, '11.01.01.1001');
 * map.getFilter('village-highlight'); // => ['==', ['get', 'kode'], '11.01.01.1001']
 */
export function highlightNationalVillage(map: maplibregl.Map, code: string | null): void {
  if (map.getLayer('village-highlight'))
    map.setFilter('village-highlight', ['==', ['get', 'kode'], code ?? '']);
}

/**
 * Whether the map is zoomed out beyond the villages (more than a zoom below the first zoom the
 * tiles carry them): their states can wait.
 *
 * @example
 * villagesHidden(map, ds.tiles); // => true at the national view
 */
export function villagesHidden(map: maplibregl.Map, tiles: NationalTiles): boolean {
  return map.getZoom() < tiles.villageMinZoom - 1;
}
