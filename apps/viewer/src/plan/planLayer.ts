/**
 * The "Rencana aksi" layer: loci with a programme, loci without one (highlighted: a strong fill
 * and a thick outline), villages that are not loci but get programmes, and the rest greyed, from
 * feature-state `pl` (1 covered, 2 uncovered, 3 other, 0 none); the villages of one agency of the
 * assignment outlined in blue (feature-state `fa`). Its own source (the dataset's
 * boundaries again), drawn under the village borders and the kecamatan and loci outlines.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Dataset } from '../data/dataset.ts';
import type { PlanVillageView } from './planProtocol.ts';

export const PLAN_SOURCE = 'plan';
export const PLAN_FILL = 'plan-fill';
const LINE = 'plan-uncovered-line';
const FOCUS = 'plan-agency-line';
/** Outline of the villages of the agency shown on the map. */
export const FOCUS_COLOUR = '#2166ac';

/** Colours of the four states, for the map and its legend. */
export const PLAN_COLOURS = {
  covered: '#1a9850',
  uncovered: '#d73027',
  other: '#8073ac',
  none: '#f0f0f0',
} as const;

const STATE_CODE = { covered: 1, uncovered: 2, other: 3 } as const;

const FILL_COLOUR: maplibregl.ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'pl'], 0],
  1,
  PLAN_COLOURS.covered,
  2,
  PLAN_COLOURS.uncovered,
  3,
  PLAN_COLOURS.other,
  PLAN_COLOURS.none,
];

export class PlanLayer {
  readonly #map: maplibregl.Map;
  readonly #legend: HTMLElement;
  #dataset: Dataset | null = null;
  #focused: (string | number)[] = [];

  /** `legend`: a box put over the map's bottom left corner while the layer is shown. */
  constructor(map: maplibregl.Map, legend: HTMLElement) {
    this.#map = map;
    this.#legend = legend;
  }

  get shown(): boolean {
    return this.#map.getLayer(PLAN_FILL) !== undefined;
  }

  /** Puts the layer on the map for `ds`, without values yet. */
  show(ds: Dataset): void {
    if (this.#dataset !== ds) this.hide();
    this.#dataset = ds;
    const map = this.#map;
    if (!map.getSource(PLAN_SOURCE)) {
      map.addSource(PLAN_SOURCE, {
        type: 'geojson',
        data: ds.boundaries as GeoJSON.FeatureCollection,
        promoteId: ds.codeProperty,
      });
    }
    if (!this.#legend.isConnected) map.getContainer().append(this.#legend);
    if (!map.getLayer(PLAN_FILL)) {
      map.addLayer(
        {
          id: PLAN_FILL,
          type: 'fill',
          source: PLAN_SOURCE,
          paint: { 'fill-color': FILL_COLOUR, 'fill-antialias': false },
        },
        map.getLayer('village-line') ? 'village-line' : undefined,
      );
    }
    if (!map.getLayer(LINE)) {
      map.addLayer(
        {
          id: LINE,
          type: 'line',
          source: PLAN_SOURCE,
          paint: {
            'line-color': '#67001f',
            'line-width': ['case', ['==', ['coalesce', ['feature-state', 'pl'], 0], 2], 2.5, 0],
          },
        },
        map.getLayer('locus-line') ? 'locus-line' : undefined,
      );
    }
    if (!map.getLayer(FOCUS)) {
      map.addLayer({
        id: FOCUS,
        type: 'line',
        source: PLAN_SOURCE,
        paint: {
          'line-color': FOCUS_COLOUR,
          'line-width': ['case', ['==', ['coalesce', ['feature-state', 'fa'], 0], 1], 4, 0],
        },
      });
    }
  }

  /** Outlines the villages `codes` (one agency's), after clearing the previous ones. */
  setFocus(codes: readonly string[]): void {
    const ds = this.#dataset;
    if (!ds || !this.shown) return;
    for (const id of this.#focused)
      this.#map.setFeatureState({ source: PLAN_SOURCE, id }, { fa: 0 });
    this.#focused = codes.flatMap((c) => {
      const row = ds.rowOfCode.get(c);
      const id = row === undefined ? null : ds.featureId[row];
      return id === null || id === undefined ? [] : [id];
    });
    for (const id of this.#focused)
      this.#map.setFeatureState({ source: PLAN_SOURCE, id }, { fa: 1 });
  }

  /** Sets each village's state; villages not listed are "none". */
  setVillages(villages: readonly PlanVillageView[]): void {
    const ds = this.#dataset;
    if (!ds || !this.shown) return;
    this.#map.removeFeatureState({ source: PLAN_SOURCE });
    for (const v of villages) {
      const row = ds.rowOfCode.get(v.code);
      const id = row === undefined ? null : ds.featureId[row];
      if (id === null || id === undefined) continue;
      this.#map.setFeatureState({ source: PLAN_SOURCE, id }, { pl: STATE_CODE[v.state] });
    }
  }

  /** Takes the layer and its source off the map. */
  hide(): void {
    const map = this.#map;
    this.#legend.remove();
    this.#focused = [];
    for (const id of [FOCUS, LINE, PLAN_FILL]) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(PLAN_SOURCE)) map.removeSource(PLAN_SOURCE);
  }
}
