/**
 * The "Rencana aksi" layer: loci with a programme, loci without one (highlighted: a strong fill
 * and a thick outline), villages that are not loci but get programmes, and the rest greyed, from
 * feature-state `pl` (1 covered, 2 uncovered, 3 other, 0 none) — or, coloured by budget, the loci
 * with a programme by their budget class (feature-state `pb`: class + 1); the villages of one agency of the
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

/** Sequential blues of the budget classes, lowest first (ColorBrewer Blues, 4 classes). */
export const BUDGET_COLOURS = ['#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** What the layer's fill shows: the programme status, or the budget class of each locus. */
export type PlanColouring = 'status' | 'budget';

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

const BUDGET_FILL: maplibregl.ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'pb'], 0],
  1,
  BUDGET_COLOURS[0],
  2,
  BUDGET_COLOURS[1],
  3,
  BUDGET_COLOURS[2],
  4,
  BUDGET_COLOURS[3],
  FILL_COLOUR,
];

export class PlanLayer {
  readonly #map: maplibregl.Map;
  readonly #legend: HTMLElement;
  #dataset: Dataset | null = null;
  #focused: (string | number)[] = [];
  #colouring: PlanColouring = 'status';

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
          paint: { 'fill-color': this.#fill(), 'fill-antialias': false },
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

  /** Colours the fill by programme status or by each locus's budget class. */
  setColouring(colouring: PlanColouring): void {
    this.#colouring = colouring;
    if (this.shown) this.#map.setPaintProperty(PLAN_FILL, 'fill-color', this.#fill());
  }

  #fill(): maplibregl.ExpressionSpecification {
    return this.#colouring === 'budget' ? BUDGET_FILL : FILL_COLOUR;
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
      this.#map.setFeatureState(
        { source: PLAN_SOURCE, id },
        { pl: STATE_CODE[v.state], pb: v.budgetClass + 1 },
      );
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
