/**
 * The "probabilitas menjadi lokus" layer: each village filled by its probability of being a locus
 * over the robustness draws (feature-state `pr`, a sequential scale from 0 to 1), and the
 * borderline villages outlined with a dashed orange line (feature-state `bl`). Its own source
 * (the dataset's boundaries again), so the village layers can be rebuilt without it; drawn under
 * the village borders, kecamatan outlines and loci outline, which stay readable over it.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Dataset } from '../data/dataset.ts';

export const PROBABILITY_SOURCE = 'robustness';
const FILL = 'probability-fill';
const LINE = 'borderline-line';
/** Colour of the borderline outline. */
export const BORDERLINE_COLOUR = '#e66101';

/** Stops of the probability scale (ColorBrewer PuBu, 5 classes), for the map and its legend. */
export const PROBABILITY_STOPS: readonly (readonly [number, string])[] = [
  [0, '#f1eef6'],
  [0.25, '#bdc9e1'],
  [0.5, '#74a9cf'],
  [0.75, '#2b8cbe'],
  [1, '#045a8d'],
];

const FILL_COLOUR: maplibregl.ExpressionSpecification = [
  'case',
  ['<', ['coalesce', ['feature-state', 'pr'], -1], 0],
  'rgba(0,0,0,0)',
  ['interpolate', ['linear'], ['feature-state', 'pr'], ...PROBABILITY_STOPS.flat()],
];

export class ProbabilityLayer {
  readonly #map: maplibregl.Map;
  readonly #legend: HTMLElement;
  #dataset: Dataset | null = null;

  /** `legend`: a box put over the map's bottom right corner while the layer is shown. */
  constructor(map: maplibregl.Map, legend: HTMLElement) {
    this.#map = map;
    this.#legend = legend;
  }

  /** Whether the layer is on the map. */
  get shown(): boolean {
    return this.#map.getLayer(FILL) !== undefined;
  }

  /** Puts the layer on the map for `ds` (again after a dataset change), without values yet. */
  show(ds: Dataset): void {
    if (this.#dataset !== ds) this.hide();
    this.#dataset = ds;
    const map = this.#map;
    if (!map.getSource(PROBABILITY_SOURCE)) {
      map.addSource(PROBABILITY_SOURCE, {
        type: 'geojson',
        data: ds.boundaries as GeoJSON.FeatureCollection,
        promoteId: ds.codeProperty,
      });
    }
    if (!this.#legend.isConnected) map.getContainer().append(this.#legend);
    const before = map.getLayer('village-line') ? 'village-line' : undefined;
    if (!map.getLayer(FILL)) {
      map.addLayer(
        {
          id: FILL,
          type: 'fill',
          source: PROBABILITY_SOURCE,
          paint: { 'fill-color': FILL_COLOUR, 'fill-antialias': false },
        },
        before,
      );
    }
    if (!map.getLayer(LINE)) {
      map.addLayer(
        {
          id: LINE,
          type: 'line',
          source: PROBABILITY_SOURCE,
          paint: {
            'line-color': BORDERLINE_COLOUR,
            'line-width': ['case', ['==', ['coalesce', ['feature-state', 'bl'], 0], 1], 3, 0],
            'line-dasharray': [2, 1],
          },
        },
        map.getLayer('locus-line') ? 'locus-line' : undefined,
      );
    }
  }

  /** Sets each row's probability (NaN: no value) and borderline mark. */
  setValues(probability: Float64Array, borderline: Uint8Array): void {
    const ds = this.#dataset;
    if (!ds || !this.shown) return;
    ds.featureId.forEach((id, row) => {
      if (id === null) return;
      const p = probability[row];
      this.#map.setFeatureState(
        { source: PROBABILITY_SOURCE, id },
        { pr: p === undefined || Number.isNaN(p) ? -1 : p, bl: borderline[row] ?? 0 },
      );
    });
  }

  /** Clears the values (an analysis is running for a new scenario). */
  clearValues(): void {
    if (this.#map.getSource(PROBABILITY_SOURCE))
      this.#map.removeFeatureState({ source: PROBABILITY_SOURCE });
  }

  /** Takes the layer and its source off the map. */
  hide(): void {
    const map = this.#map;
    this.#legend.remove();
    for (const id of [LINE, FILL]) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(PROBABILITY_SOURCE)) map.removeSource(PROBABILITY_SOURCE);
  }
}
