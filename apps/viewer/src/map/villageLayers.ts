/**
 * The sources and layers of a village map, kept few because every layer is rasterised by
 * software WebGL on the meeting laptop: the village fill (already data-driven, so the first
 * coloured frame needs no new shader), thin village borders, kecamatan outlines, the loci outline
 * (feature-state `sel`, on every colouring) and the selected village from a one-feature source.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Dataset } from '../data/dataset.ts';
import { NO_DATA } from './palette.ts';

export const SOURCE = 'villages';
export const HIGHLIGHT = 'highlight';
/** Outline colour of the loci. */
export const LOCUS_OUTLINE = '#1a1a1a';

const LAYERS = [
  'overlay-line',
  'village-highlight',
  'locus-line',
  'kecamatan-line',
  'village-line',
  'village-fill',
];

/**
 * Tile buffer of the GeoJSON sources, in pixels of a 512-pixel tile (MapLibre's default is 128):
 * the widest line is 3 pixels, so 16 pixels hide every tile seam while each tile lays out far
 * less geometry that belongs to its neighbours.
 */
const TILE_BUFFER = 16;

/**
 * Simplification of the GeoJSON tiles, in pixels of the tile at its zoom (MapLibre's default is
 * 0.375): one pixel is not visible at the drawn zoom and spares MapLibre's worker about a sixth of
 * its line and fill work on an open.
 */
const TILE_TOLERANCE = 1;

/** Width of the loci outline: wide where feature-state `sel` is 1, nothing elsewhere. */
export const LOCUS_WIDTH: maplibregl.ExpressionSpecification = [
  'case',
  ['==', ['coalesce', ['feature-state', 'sel'], 0], 1],
  2.2,
  0,
];

/**
 * The layers drawn from the village source. MapLibre lays a tile out again when a data-driven
 * paint (the fill, read from feature-state) changes, so these wait hidden, and their tiles
 * unmade, until the first result's paint is set: each tile is then made once, not twice.
 */
export const VILLAGE_SOURCE_LAYERS = ['village-fill', 'village-line', 'locus-line'] as const;

/**
 * (Re)creates the dataset's sources and layers on a map whose style has loaded; the
 * {@link VILLAGE_SOURCE_LAYERS} start hidden (see there).
 */
export function addVillageLayers(map: maplibregl.Map, ds: Dataset): void {
  const hidden = { visibility: 'none' as const };
  for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of [SOURCE, 'kecamatan', HIGHLIGHT]) if (map.getSource(id)) map.removeSource(id);
  map.addSource(SOURCE, {
    type: 'geojson',
    data: ds.boundaries as GeoJSON.FeatureCollection,
    promoteId: ds.codeProperty,
    buffer: TILE_BUFFER,
    tolerance: TILE_TOLERANCE,
  });
  map.addSource('kecamatan', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [...ds.kecamatanOutlines] },
    buffer: TILE_BUFFER,
    tolerance: TILE_TOLERANCE,
  });
  map.addSource(HIGHLIGHT, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'village-fill',
    type: 'fill',
    source: SOURCE,
    layout: hidden,
    paint: {
      'fill-color': ['match', ['coalesce', ['feature-state', 'c'], -1], -2, NO_DATA, NO_DATA],
      // The white village borders draw the edges; no second, anti-aliasing pass.
      'fill-antialias': false,
    },
  });
  map.addLayer({
    id: 'village-line',
    type: 'line',
    source: SOURCE,
    layout: hidden,
    paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
  });
  map.addLayer({
    id: 'kecamatan-line',
    type: 'line',
    source: 'kecamatan',
    paint: { 'line-color': '#333333', 'line-width': 1.4 },
  });
  map.addLayer({
    id: 'locus-line',
    type: 'line',
    source: SOURCE,
    layout: hidden,
    paint: { 'line-color': LOCUS_OUTLINE, 'line-width': LOCUS_WIDTH },
  });
  map.addLayer({
    id: 'village-highlight',
    type: 'line',
    source: HIGHLIGHT,
    paint: { 'line-color': '#000000', 'line-width': 3 },
  });
}
