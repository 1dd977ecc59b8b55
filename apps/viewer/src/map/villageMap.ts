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
import { LazyIndex } from '../data/lazyIndex.ts';
import { h, replace } from '../dom.ts';
import { KecamatanLabels } from './kecamatanLabels.ts';
import {
  addNationalLayers,
  DESA,
  highlightNationalVillage,
  villagesHidden,
} from './nationalLayers.ts';
import { MISSING, type Paint } from './palette.ts';
import { addVillageLayers, HIGHLIGHT, SOURCE, VILLAGE_SOURCE_LAYERS } from './villageLayers.ts';

maplibregl.setWorkerUrl(workerUrl);

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

/** Room around the fitted district: the title box sits at the top. */
const FIT_PADDING = { top: 64, bottom: 20, left: 20, right: 20 };

/** The title box over the map's top left corner (inline: it travels with the map). */
const TITLE_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  top: '8px',
  left: '8px',
  zIndex: '2',
  display: 'none',
  flexDirection: 'column',
  gap: '2px',
  padding: '6px 10px',
  background: 'rgba(255,255,255,0.92)',
  border: '1px solid #bbb',
  borderRadius: '3px',
  font: '13px system-ui, sans-serif',
  maxWidth: '70%',
  pointerEvents: 'none',
};

export class VillageMap {
  readonly map: maplibregl.Map;
  readonly #options: VillageMapOptions;
  #dataset: Dataset | null = null;
  #rowOfFeatureId: ReadonlyMap<string | number, number> = new Map();
  readonly #container: HTMLElement;
  readonly #labels: KecamatanLabels;
  readonly #title: HTMLElement;
  #fitZoom = 0;
  /** Whether the camera is still the one that fits the district. */
  #fitted = false;
  /** Latest per-village value of each state key, and what the map was last given. */
  #desired = new Map<keyof VillageState, Float64Array>();
  #applied = new Map<keyof VillageState, Float64Array>();
  /** State keys the fill and the overlay expressions read now. */
  #fillKeys: (keyof VillageState)[] = [];
  #paint: Paint | null = null;
  #overlayKeys: (keyof VillageState)[] = [];
  /** National mode: village states wait while the map is zoomed out (no village is drawn). */
  #deferred = false;
  /** The village layers wait hidden for the dataset's first paint: see VILLAGE_SOURCE_LAYERS. */
  #paintPending = false;
  /** Nothing is drawn while the map is hidden: see {@link hide}. */
  #held = false;
  readonly #loaded: Promise<void>;

  constructor(container: HTMLElement, options: VillageMapOptions) {
    this.#options = options;
    this.map = new maplibregl.Map({
      container,
      style: style(options.basemap),
      center: [110.6, -6.9],
      zoom: 9,
      attributionControl: false,
      // No symbol layers fade here; 0 spares SwiftShader the frames of a fade.
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.#holdPainter();
    // Until a dataset arrives the map has no size: software WebGL then draws no empty frames.
    this.#container = container;
    container.style.display = 'none';
    this.#labels = new KecamatanLabels(this.map);
    this.#title = h('div', { class: 'map-title', hidden: true });
    Object.assign(this.#title.style, TITLE_STYLE);
    container.append(this.#title);
    // While the camera is the fitted one, a resize (e.g. the comparison halving the width)
    // fits the whole district again; once the user moves the map, the camera is theirs.
    this.map.on('movestart', (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent) this.#fitted = false;
    });
    this.map.on('resize', () => {
      if (this.#fitted) this.fit();
    });
    this.map.on('zoomend', () => {
      if (this.#deferred) this.#flush();
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

  /**
   * Lets MapLibre load, lay out and place everything while drawing nothing while the map is
   * hidden (until its first result): software WebGL then renders one frame, the coloured one,
   * instead of one per arriving tile, each of which costs it as much.
   */
  #holdPainter(): void {
    const painter = (this.map as unknown as { painter: { render: (...args: unknown[]) => void } })
      .painter;
    const render = painter.render.bind(painter);
    painter.render = (...args: unknown[]) => {
      if (!this.#held) render(...args);
    };
  }

  /**
   * Hides the map: its box is invisible (but laid out, so its tiles load) and MapLibre draws
   * nothing, so software WebGL composites no frame of uncoloured or missing tiles.
   */
  hide(): void {
    this.#container.style.visibility = 'hidden';
    this.#held = true;
  }

  /**
   * Shows the map; true when it was hidden. It is drawn at once, not at the next animation frame:
   * shown at the end of a frame, the map is in that frame's picture instead of adding one more.
   */
  show(): boolean {
    const wasHidden = this.#held;
    this.#container.style.visibility = '';
    this.#held = false;
    if (wasHidden) {
      this.#showVillageLayers();
      this.map.redraw();
    }
    return wasHidden;
  }

  /** Resolves when the style has loaded. */
  ready(): Promise<void> {
    return this.#loaded;
  }

  /** Shows the village layers held back for the first paint (with the paint they have then). */
  #showVillageLayers(): void {
    if (!this.#paintPending) return;
    this.#paintPending = false;
    for (const id of VILLAGE_SOURCE_LAYERS)
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', 'visible');
  }

  /** Resolves at the next idle (everything drawn; the villages too, with or without a paint). */
  idle(): Promise<void> {
    this.#showVillageLayers();
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
    // Read on a click or hover only: built then (84,000 ids at national scale).
    this.#rowOfFeatureId = new LazyIndex(ds.featureId);
    this.#container.style.display = '';
    this.map.resize();
    if (ds.tiles) addNationalLayers(this.map, ds.tiles);
    else addVillageLayers(this.map, ds);
    this.#paintPending = !ds.tiles;
    this.#overlayKeys = [];
    this.#fitZoom = this.#fitZoomOf(ds);
    this.#labels.set(this.#options.showLabels === false ? [] : labelPriorities(ds), this.#fitZoom);
    if (fitCamera) this.fit();
  }

  /** Fits the whole district. */
  fit(): void {
    const ds = this.#dataset;
    const b = ds ? (ds.tiles?.bounds ?? bounds(ds.boundaries)) : null;
    if (!b) return;
    this.map.fitBounds([b[0], b[1], b[2], b[3]], { padding: FIT_PADDING, animate: false });
    this.#fitted = true;
  }

  #fitZoomOf(ds: Dataset): number {
    const b = ds.tiles?.bounds ?? bounds(ds.boundaries);
    if (!b) return this.map.getZoom();
    const camera = this.map.cameraForBounds([b[0], b[1], b[2], b[3]], { padding: FIT_PADDING });
    return camera?.zoom ?? this.map.getZoom();
  }

  /** The title over the map (district, scenario, year), or none. */
  setTitle(title: { readonly title: string; readonly subtitle: string } | null): void {
    this.#title.hidden = title === null;
    // Inline display (the box's style travels with the map) would override `hidden`.
    this.#title.style.display = title === null ? 'none' : 'flex';
    if (title) replace(this.#title, h('strong', {}, title.title), h('span', {}, title.subtitle));
  }

  /** The title shown over the map, empty when none. */
  get title(): { readonly title: string; readonly subtitle: string } {
    const [a, b] = [...this.#title.children].map((e) => e.textContent ?? '');
    return { title: a ?? '', subtitle: b ?? '' };
  }

  /** Kecamatan names shown now, at their screen positions. */
  visibleLabels(): { name: string; x: number; y: number; size: number }[] {
    return this.#labels.visible();
  }

  /** The dataset shown, or null. */
  get dataset(): Dataset | null {
    return this.#dataset;
  }

  /** The latest per-village state columns (what the map was asked to show). */
  get states(): ReadonlyMap<keyof VillageState, Float64Array> {
    return this.#desired;
  }

  /** The fill paint set last. */
  get paint(): Paint | null {
    return this.#paint;
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
    const keys = [
      ...new Set<keyof VillageState>([...this.#fillKeys, ...this.#overlayKeys, 'sel']),
    ].filter((k) => this.#desired.has(k));
    if (keys.length === 0) return;
    // National mode, zoomed out: 84,000 states would cost a second for villages not drawn.
    this.#deferred = ds.tiles !== undefined && villagesHidden(this.map, ds.tiles);
    if (this.#deferred) return;
    const n = ds.featureId.length;
    // Vector tiles (national mode): the villages are the source layer `desa`.
    const target = ds.tiles ? { source: SOURCE, sourceLayer: DESA } : { source: SOURCE };
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
      if (changes) this.map.setFeatureState({ ...target, id }, changes);
    }
  }

  /** Sets the fill colour expression. */
  setPaint(paint: Paint): void {
    this.#paint = paint;
    if (this.map.getLayer('village-fill'))
      this.map.setPaintProperty('village-fill', 'fill-color', paint.fill);
    this.#showVillageLayers();
    this.#fillKeys = stateKeys(paint.fill);
    this.#flush();
  }

  /** Shows or hides the overlay outlines with their colour expression. */
  setOverlay(line: maplibregl.ExpressionSpecification | null): void {
    if (!this.map.getSource(SOURCE)) return;
    if (!line && !this.map.getLayer('overlay-line')) return;
    if (!this.map.getLayer('overlay-line')) {
      // Added on first use: one layer fewer to draw on every frame until an overlay is asked for.
      this.map.addLayer(
        {
          id: 'overlay-line',
          type: 'line',
          source: SOURCE,
          ...(this.#dataset?.tiles ? { 'source-layer': DESA } : {}),
          paint: { 'line-width': 2.5 },
        },
        'locus-line',
      );
    }
    this.map.setLayoutProperty('overlay-line', 'visibility', line ? 'visible' : 'none');
    if (line) this.map.setPaintProperty('overlay-line', 'line-color', line);
    this.#overlayKeys = line ? stateKeys(line) : [];
    this.#flush();
  }

  /** Outlines one village (or none), from a one-feature source so no tile is rebuilt. */
  highlight(row: number | null): void {
    const ds = this.#dataset;
    if (ds?.tiles) {
      highlightNationalVillage(this.map, row === null ? null : ds.table.code[row]!);
      return;
    }
    const source = this.map.getSource(HIGHLIGHT) as maplibregl.GeoJSONSource | undefined;
    if (!ds || !source) return;
    const f = row === null ? -1 : (ds.join.joined[row] ?? -1);
    const feature = f >= 0 ? ds.boundaries.features[f] : undefined;
    const features = feature?.geometry ? [feature as GeoJSON.Feature] : [];
    source.setData({ type: 'FeatureCollection', features });
  }

  /** Flies to one village. */
  flyTo(row: number): void {
    const ds = this.#dataset;
    const f = ds ? ds.join.joined[row] : -1;
    const feature = f !== undefined && f >= 0 ? ds?.boundaries.features[f] : undefined;
    const b = feature ? bounds(feature) : null;
    this.#fitted = false;
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

/** Kecamatan label anchors with their priority (the size of the kecamatan's bounding box). */
function labelPriorities(
  ds: Dataset,
): { name: string; point: [number, number]; priority: number }[] {
  const area = new Map<string, number>();
  for (const o of ds.kecamatanOutlines) {
    const b = bounds(o);
    area.set(o.properties.key, b ? (b[2] - b[0]) * (b[3] - b[1]) : 0);
  }
  return ds.kecamatanLabels.map((l) => ({
    name: l.name,
    point: [l.point[0], l.point[1]],
    priority: area.get(l.code) ?? 0,
  }));
}
