/**
 * One MapLibre map of the district's villages. Colours come from feature-state (promoteId = the
 * village code property) read by data-driven expressions: a re-score only updates states and the
 * paint expression, never the source.
 */
import { bounds } from '@lokus/geo';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Dataset } from '../data/dataset.ts';
import { h } from '../dom.ts';
import { MISSING, type Paint } from './palette.ts';

maplibregl.setWorkerUrl(workerUrl);

const SOURCE = 'villages';

/** Per-village feature-state; absent keys keep their previous value. */
export interface VillageState {
  r?: number;
  s?: number;
  c?: number;
  sel?: number;
  d?: number;
  o?: number;
}

export interface VillageMapOptions {
  readonly basemap?: string;
  readonly label: string;
  readonly onClick?: (row: number) => void;
  readonly onHover?: (row: number | null, point: { x: number; y: number }) => void;
  readonly showLabels?: boolean;
}

/** Builds the local style: a background, plus an optional raster basemap. */
function style(basemap: string | undefined): maplibregl.StyleSpecification {
  const s: maplibregl.StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8eef2' } }],
  };
  if (basemap) {
    s.sources.basemap = { type: 'raster', tiles: [basemap], tileSize: 256 };
    s.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  }
  return s;
}

/** The feature-state keys an expression reads (`['feature-state', key]`). */
function stateKeys(expression: unknown): (keyof VillageState)[] {
  const keys = new Set<keyof VillageState>();
  const walk = (e: unknown): void => {
    if (!Array.isArray(e)) return;
    if (e[0] === 'feature-state' && typeof e[1] === 'string') keys.add(e[1] as keyof VillageState);
    for (const x of e) walk(x);
  };
  walk(expression);
  return [...keys];
}

export class VillageMap {
  readonly map: maplibregl.Map;
  readonly #options: VillageMapOptions;
  #dataset: Dataset | null = null;
  #rowOfFeatureId = new Map<string | number, number>();
  #markers: maplibregl.Marker[] = [];
  #highlighted: string | number | null = null;
  /** Latest per-village value of each state key, and what the map was last given. */
  #desired = new Map<keyof VillageState, Float64Array>();
  #applied = new Map<keyof VillageState, Float64Array>();
  /** State keys the fill and the overlay expressions read now. */
  #fillKeys: (keyof VillageState)[] = [];
  #overlayKeys: (keyof VillageState)[] = [];
  readonly #loaded: Promise<void>;

  constructor(container: HTMLElement, options: VillageMapOptions) {
    this.#options = options;
    this.map = new maplibregl.Map({
      container,
      style: style(options.basemap),
      center: [110.6, -6.9],
      zoom: 9,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.getCanvas().setAttribute('aria-label', options.label);
    this.#loaded = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.map.on('click', 'village-fill', (e) => {
      const id = e.features?.[0]?.id;
      const row = id === undefined ? undefined : this.#rowOfFeatureId.get(id);
      if (row !== undefined) options.onClick?.(row);
    });
    this.map.on('mousemove', 'village-fill', (e) => {
      this.map.getCanvas().style.cursor = 'pointer';
      const id = e.features?.[0]?.id;
      const row = id === undefined ? undefined : this.#rowOfFeatureId.get(id);
      options.onHover?.(row ?? null, e.point);
    });
    this.map.on('mouseleave', 'village-fill', (e) => {
      this.map.getCanvas().style.cursor = '';
      options.onHover?.(null, e.point);
    });
  }

  /** Resolves when the style has loaded. */
  ready(): Promise<void> {
    return this.#loaded;
  }

  /** Resolves at the next idle (everything drawn). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /** Shows a dataset: adds the sources and layers once. */
  async setDataset(ds: Dataset, fitCamera: boolean): Promise<void> {
    await this.#loaded;
    this.#dataset = ds;
    this.#desired = new Map();
    this.#applied = new Map();
    this.#rowOfFeatureId = new Map();
    ds.featureId.forEach((id, row) => {
      if (id !== null) this.#rowOfFeatureId.set(id, row);
    });
    for (const id of [
      'overlay-line',
      'village-highlight',
      'kecamatan-line',
      'village-line',
      'village-fill',
    ]) {
      if (this.map.getLayer(id)) this.map.removeLayer(id);
    }
    for (const id of [SOURCE, 'kecamatan']) if (this.map.getSource(id)) this.map.removeSource(id);
    this.map.addSource(SOURCE, {
      type: 'geojson',
      data: ds.boundaries as GeoJSON.FeatureCollection,
      promoteId: ds.codeProperty,
    });
    this.map.addSource('kecamatan', {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [...ds.kecamatanOutlines] },
    });
    this.map.addLayer({
      id: 'village-fill',
      type: 'fill',
      source: SOURCE,
      paint: { 'fill-color': '#d4d4d4', 'fill-opacity': 1 },
    });
    this.map.addLayer({
      id: 'village-line',
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
    });
    this.map.addLayer({
      id: 'kecamatan-line',
      type: 'line',
      source: 'kecamatan',
      paint: { 'line-color': '#333333', 'line-width': 1.4 },
    });
    this.map.addLayer({
      id: 'overlay-line',
      type: 'line',
      source: SOURCE,
      layout: { visibility: 'none' },
      paint: { 'line-color': 'rgba(0,0,0,0)', 'line-width': 2.5 },
    });
    this.map.addLayer({
      id: 'village-highlight',
      type: 'line',
      source: SOURCE,
      paint: {
        'line-color': '#000000',
        'line-width': ['case', ['boolean', ['feature-state', 'x'], false], 3, 0],
      },
    });
    for (const m of this.#markers) m.remove();
    this.#markers = [];
    if (this.#options.showLabels !== false) {
      for (const l of ds.kecamatanLabels) {
        const el = h('div', { class: 'kec-label' }, l.name);
        this.#markers.push(
          new maplibregl.Marker({ element: el })
            .setLngLat([l.point[0], l.point[1]])
            .addTo(this.map),
        );
      }
    }
    if (fitCamera) this.fit();
  }

  /** Fits the whole district. */
  fit(): void {
    const b = this.#dataset ? bounds(this.#dataset.boundaries) : null;
    if (b) this.map.fitBounds([b[0], b[1], b[2], b[3]], { padding: 20, animate: false });
  }

  /**
   * Records per-village states and hands the map only what its expressions read now and what
   * changed since the last call: MapLibre re-evaluates the paint of every feature whose state is
   * set, so at national scale a weight change coloured by class touches only the villages whose
   * class moved, not all 84,000.
   */
  setStates(columns: { readonly [K in keyof VillageState]?: ArrayLike<number> }): void {
    const ds = this.#dataset;
    if (!ds) return;
    const n = ds.featureId.length;
    for (const [key, values] of Object.entries(columns) as [
      keyof VillageState,
      ArrayLike<number>,
    ][]) {
      // Feature-state cannot hold NaN: a missing value becomes the MISSING sentinel of the paints.
      const column = new Float64Array(n);
      for (let row = 0; row < n; row++) {
        const v = values[row];
        column[row] = v !== undefined && Number.isFinite(v) ? v : MISSING;
      }
      this.#desired.set(key, column);
    }
    this.#flush();
  }

  /** Sends the map the changed values of the state keys its expressions read. */
  #flush(): void {
    const ds = this.#dataset;
    if (!ds) return;
    const keys = [...new Set([...this.#fillKeys, ...this.#overlayKeys])].filter((k) =>
      this.#desired.has(k),
    );
    if (keys.length === 0) return;
    const n = ds.featureId.length;
    for (const key of keys) {
      if (!this.#applied.has(key)) this.#applied.set(key, new Float64Array(n).fill(Number.NaN));
    }
    for (let row = 0; row < n; row++) {
      const id = ds.featureId[row];
      if (id === null || id === undefined) continue;
      let changes: VillageState | null = null;
      for (const key of keys) {
        const want = this.#desired.get(key)![row]!;
        const applied = this.#applied.get(key)!;
        if (want === applied[row]) continue;
        applied[row] = want;
        changes ??= {};
        changes[key] = want;
      }
      if (changes) this.map.setFeatureState({ source: SOURCE, id }, changes);
    }
  }

  /** Sets the fill colour expression. */
  setPaint(paint: Paint): void {
    if (this.map.getLayer('village-fill'))
      this.map.setPaintProperty('village-fill', 'fill-color', paint.fill);
    this.#fillKeys = stateKeys(paint.fill);
    this.#flush();
  }

  /** Shows or hides the overlay outlines with their colour expression. */
  setOverlay(line: maplibregl.ExpressionSpecification | null): void {
    if (!this.map.getLayer('overlay-line')) return;
    this.map.setLayoutProperty('overlay-line', 'visibility', line ? 'visible' : 'none');
    if (line) this.map.setPaintProperty('overlay-line', 'line-color', line);
    this.#overlayKeys = line ? stateKeys(line) : [];
    this.#flush();
  }

  /** Outlines one village (or none). */
  highlight(row: number | null): void {
    const ds = this.#dataset;
    if (!ds) return;
    if (this.#highlighted !== null) {
      this.map.setFeatureState({ source: SOURCE, id: this.#highlighted }, { x: false });
    }
    const id = row === null ? null : (ds.featureId[row] ?? null);
    this.#highlighted = id;
    if (id !== null) this.map.setFeatureState({ source: SOURCE, id }, { x: true });
  }

  /** Flies to one village. */
  flyTo(row: number): void {
    const ds = this.#dataset;
    const f = ds ? ds.join.joined[row] : -1;
    const feature = f !== undefined && f >= 0 ? ds?.boundaries.features[f] : undefined;
    const b = feature ? bounds(feature) : null;
    if (b)
      this.map.fitBounds([b[0], b[1], b[2], b[3]], { padding: 80, maxZoom: 13, duration: 600 });
  }

  /** Keeps another map's camera in step with this one. */
  syncWith(other: VillageMap): void {
    let busy = false;
    const link = (from: VillageMap, to: VillageMap) => {
      from.map.on('move', () => {
        if (busy) return;
        busy = true;
        to.map.jumpTo({
          center: from.map.getCenter(),
          zoom: from.map.getZoom(),
          bearing: from.map.getBearing(),
          pitch: from.map.getPitch(),
        });
        busy = false;
      });
    };
    link(this, other);
    link(other, this);
  }
}
