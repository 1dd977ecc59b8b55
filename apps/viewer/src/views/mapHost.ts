/**
 * The map area: scenario A's map and the comparison's right-hand map, the colouring and overlay
 * controls, the legend, the attribution, the hover tooltip and the notice shown when the map
 * keeps an earlier result. It draws what the controller hands it and decides no number.
 */
import type { Comparison } from '@lokus/core';
import type { Dataset } from '../data/dataset.ts';
import { h, replace } from '../dom.ts';
import { fmt, label, t, tk } from '../i18n/index.ts';
import { renderLegend } from '../map/legend.ts';
import { mapTitles } from '../map/mapTitles.ts';
import { nationalZooms } from '../map/nationalLayers.ts';
import { nationalRanking } from '../map/nationalRanking.ts';
import { applyShares, lociShares, shareLegend } from '../map/nationalShares.ts';
import {
  changePaint,
  classPaint,
  type Legend,
  overlayPaint,
  type Paint,
  rankPaint,
  scorePaint,
  selectionPaint,
} from '../map/palette.ts';
import { SOURCE } from '../map/villageLayers.ts';
import { VillageMap } from '../map/villageMap.ts';
import type { AppState, Fill, Overlay, RightMap } from '../state/store.ts';
import type { RunSummary, Slot, SpatialSummary } from '../worker/protocol.ts';

export interface MapHostOptions {
  readonly basemap: string;
  readonly onSelect: (row: number) => void;
  readonly onFill: (fill: Fill) => void;
  readonly onOverlay: (overlay: Overlay) => void;
  readonly onRight: (right: RightMap) => void;
  readonly onEditing: (slot: Slot) => void;
  readonly onBasemap: (url: string) => void;
  readonly onCamera: (camera: AppState['camera']) => void;
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function choice<T extends string>(
  id: string,
  values: readonly (readonly [T, string])[],
  current: T,
  onChange: (v: T) => void,
): HTMLSelectElement {
  return h(
    'select',
    { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value as T) },
    ...values.map(([v, text]) => h('option', { value: v, selected: v === current }, text)),
  );
}

const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

export class MapHost {
  readonly element = h('div', { class: 'map-host' });
  readonly mapA: VillageMap;
  /** The comparison's right-hand map, made on the first comparison (a second WebGL context). */
  #mapB: VillageMap | null = null;
  #mapBReady: Promise<VillageMap> | null = null;
  /** Map A is hidden until map B's first result is drawn (the first comparison). */
  #hideAUntilB = false;
  readonly #controls = h('div', { class: 'map-controls' });
  readonly #maps = h('div', { class: 'maps' });
  readonly #boxA = h('div', { class: 'map', id: 'map-a' });
  readonly #boxB = h('div', { class: 'map', id: 'map-b', hidden: true });
  readonly #notice = h('p', { class: 'map-notice', id: 'map-notice', role: 'alert', hidden: true });
  readonly #legend = h('div', { class: 'legend', id: 'legend' });
  readonly #attribution = h('div', { class: 'attribution', id: 'attribution' });
  readonly #tooltip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  readonly #options: MapHostOptions;
  #dataset: Dataset | null = null;
  /** Legends currently shown. */
  legends: Legend[] = [];
  /** Called when map B has been made (the test hooks list it). */
  onMapB: (map: VillageMap) => void = () => {};

  constructor(options: MapHostOptions) {
    this.#options = options;
    this.#maps.append(this.#boxA, this.#boxB);
    this.element.append(
      this.#controls,
      this.#notice,
      this.#maps,
      this.#legend,
      this.#attribution,
      this.#tooltip,
    );
    this.mapA = new VillageMap(this.#boxA, {
      basemap: options.basemap,
      onClick: (row: number) => options.onSelect(row),
      label: t('viewMap'),
      onHover: (row, p) => this.#hoverAt(row, p, 'a'),
    });
    this.mapA.map.on('moveend', () => {
      // Resizes before the first dataset also end a "move": only the user's camera counts.
      if (!this.#dataset) return;
      const c = this.mapA.map.getCenter();
      options.onCamera({
        center: [round(c.lng), round(c.lat)],
        zoom: round(this.mapA.map.getZoom()),
      });
    });
  }

  /** Map B once it has been made and given the dataset, else null. */
  get mapB(): VillageMap | null {
    return this.#mapB;
  }

  /** Map B, made on first use (with the current dataset, camera linked to A). */
  whenMapB(): Promise<VillageMap> {
    this.#mapBReady ??= this.#makeMapB();
    return this.#mapBReady;
  }

  async #makeMapB(): Promise<VillageMap> {
    const b = new VillageMap(this.#boxB, {
      basemap: this.#options.basemap,
      onClick: (row: number) => this.#options.onSelect(row),
      label: t('scenarioB'),
      showLabels: false,
      onHover: (row, p) => this.#hoverAt(row, p, 'b'),
    });
    // Invisible until its first result is drawn (see setDataset).
    b.hide();
    const ds = this.mapA.dataset;
    if (ds) await b.setDataset(ds, false);
    this.mapA.syncWith(b);
    b.map.jumpTo({ center: this.mapA.map.getCenter(), zoom: this.mapA.map.getZoom() });
    this.#mapB = b;
    this.onMapB(b);
    return b;
  }

  /** The summary the tooltip reads, per map. */
  hoverSummary: (slot: Slot) => RunSummary | null = () => null;

  /**
   * Gives both maps a dataset. They stay invisible (but laid out, so their tiles load) until
   * {@link reveal}: software WebGL then composites no frame of uncoloured or missing tiles, each
   * of which costs as much as a coloured one.
   */
  async setDataset(ds: Dataset, camera: AppState['camera']): Promise<void> {
    this.#dataset = null;
    this.mapA.hide();
    this.#mapB?.hide();
    replace(this.#attribution, ...ds.attribution.map((a) => h('div', {}, a)));
    const b = this.#mapBReady ? await this.#mapBReady : null;
    await Promise.all([this.mapA.setDataset(ds, camera === null), b?.setDataset(ds, false)]);
    if (camera)
      this.mapA.map.jumpTo({ center: [camera.center[0], camera.center[1]], zoom: camera.zoom });
    this.#dataset = ds;
  }

  /**
   * Makes a map visible once its result is drawn (both with no slot); true when one was hidden.
   * The browser then composites the map's frame: {@link presented} waits for it.
   */
  reveal(slot?: Slot): boolean {
    const maps: (VillageMap | null)[] = [];
    if (slot !== 'b' || this.#hideAUntilB) maps.push(this.mapA);
    if (slot !== 'a') maps.push(this.#mapB);
    if (slot !== 'a') this.#hideAUntilB = false;
    let hidden = false;
    for (const map of maps) if (map?.show()) hidden = true;
    return hidden;
  }

  /** Resolves once the browser has drawn the next frame (at most half a second). */
  presented(): Promise<void> {
    return new Promise((resolve) => {
      setTimeout(resolve, 500);
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    });
  }

  /** Shows (or hides, with null) the notice above the map. */
  setNotice(text: string | null): void {
    this.#notice.hidden = text === null;
    this.#notice.textContent = text ?? '';
  }

  renderControls(s: AppState): void {
    const o = this.#options;
    const fill = choice(
      'fill',
      (['class', 'rank', 'score', 'selection'] as const).map(
        (f) => [f, tk(`fill${cap(f)}`)] as const,
      ),
      s.fill,
      o.onFill,
    );
    const overlay = choice(
      'overlay',
      (['none', 'lisa', 'hotspot'] as const).map((v) => [v, tk(`overlay${cap(v)}`)] as const),
      s.overlay,
      o.onOverlay,
    );
    const right = choice(
      'right-map',
      [
        ['b', t('scenarioB')],
        ['change', t('fillChange')],
      ] as const,
      s.right,
      o.onRight,
    );
    const editing = choice(
      'editing',
      [
        ['a', t('scenarioA')],
        ['b', t('scenarioB')],
      ] as const,
      s.editing,
      o.onEditing,
    );
    const basemap = h('input', {
      id: 'basemap',
      type: 'url',
      value: s.basemap,
      placeholder: 'https://…/{z}/{x}/{y}.png',
      onchange: (e: Event) => o.onBasemap((e.target as HTMLInputElement).value.trim()),
    });
    const compare = s.view === 'compare';
    replace(
      this.#controls,
      h('label', { for: 'fill' }, t('fillBy'), fill),
      h('label', { for: 'overlay' }, t('overlay'), overlay),
      compare ? h('label', { for: 'right-map' }, t('compareRight'), right) : null,
      compare ? h('label', { for: 'editing' }, t('editing'), editing) : null,
      h('details', { class: 'basemap' }, h('summary', {}, t('basemap')), basemap),
    );
  }

  /**
   * Shows the view's maps; the comparison makes map B on first use. Map A, halved, waits
   * invisible for map B then, so both appear together and A's frames at the new size are
   * not composited one by one.
   */
  async setView(view: AppState['view']): Promise<void> {
    if (view === 'compare' && !this.#mapBReady && this.#dataset) {
      this.#hideAUntilB = true;
      this.mapA.hide();
    }
    this.#maps.hidden = view === 'table';
    this.#boxB.hidden = view !== 'compare';
    this.mapA.map.resize();
    this.#mapB?.map.resize();
    if (view === 'compare') await this.whenMapB();
  }

  /** Writes a run's columns as feature-state of its map. */
  applySummary(slot: Slot, summary: RunSummary): void {
    const { rank, score, selected, classes } = summary;
    const map = slot === 'a' ? this.mapA : this.#mapB;
    map?.setStates({
      r: rank,
      s: score,
      c: classes?.classOf ?? new Int32Array(rank.length).fill(-1),
      sel: Float64Array.from(selected, (v, row) => (Number.isFinite(rank[row]!) ? v : -1)),
    });
    // National mode: zoomed out, the kabupaten and kecamatan show their share of loci.
    const ds = map?.dataset;
    if (map && ds?.tiles) {
      applyShares(
        map.map,
        SOURCE,
        lociShares(ds.table.kabupaten, ds.table.kecamatan, selected, rank),
      );
    }
  }

  /** Writes each village's rank change as state of the right-hand map. */
  applyComparison(c: Comparison, villages: number): void {
    const shift = new Float64Array(villages).fill(Number.NaN);
    for (const v of c.villages) shift[v.indexA] = v.shift;
    this.#mapB?.setStates({ d: shift });
  }

  /** Writes the overlay's categories as state of map A. */
  applySpatial(spatial: SpatialSummary, kind: Overlay): void {
    const { lisa, hotspot } = spatial;
    this.mapA.setStates({
      o: kind === 'lisa' ? Int8Array.from(lisa, (c) => Math.max(c, 0)) : hotspot,
    });
  }

  /** Chooses the paint of both maps and renders the legend. */
  repaint(
    s: AppState,
    a: RunSummary | null,
    b: RunSummary | null,
    comparison: Comparison | null,
    spatial: SpatialSummary | null,
  ): void {
    const paintA = paintFor(s.fill, a);
    this.mapA.setPaint(paintA);
    const legends: Legend[] = [paintA.legend];
    if (this.#dataset?.tiles) legends.push(shareLegend(nationalZooms(this.#dataset.tiles)));
    if (s.view === 'compare') {
      if (s.right === 'change') {
        let m = 1;
        for (const v of comparison?.villages ?? [])
          if (Number.isFinite(v.shift)) m = Math.max(m, Math.abs(v.shift));
        const p = changePaint(m);
        this.#mapB?.setPaint(p);
        legends.push(p.legend);
      } else this.#mapB?.setPaint(paintFor(s.fill, b));
    }
    if (s.overlay !== 'none' && spatial) {
      const o = overlayPaint(s.overlay);
      this.mapA.setOverlay(o.line);
      legends.push(o.legend);
    } else this.mapA.setOverlay(null);
    this.legends = legends;
    renderLegend(this.#legend, legends);
    this.#titles(s, a, b);
  }

  /** What each map says it shows: district, scenario, year, loci; A, B or the rank change. */
  #titles(s: AppState, a: RunSummary | null, b: RunSummary | null): void {
    const ds = this.#dataset;
    if (!ds || !a) return;
    const m = mapTitles({
      district: label(ds.name),
      view: s.view,
      right: s.right,
      a: { name: a.scenarioName, year: s.scenario?.year, loci: a.selectedCount },
      ...(b ? { b: { name: b.scenarioName, year: s.scenarioB?.year, loci: b.selectedCount } } : {}),
    });
    // Many districts at once: say how the scenario ranks them (one ranking, or within one).
    this.mapA.setTitle(
      ds.tiles
        ? {
            ...m.a,
            subtitle: `${m.a.subtitle} · ${nationalRanking(ds.table.code, s.scenario?.scope?.by)}`,
          }
        : m.a,
    );
    this.#mapB?.setTitle(s.view === 'compare' ? m.b : null);
  }

  #hoverAt(row: number | null, p: { x: number; y: number }, slot: Slot): void {
    const ds = this.#dataset;
    const summary = this.hoverSummary(slot) ?? this.hoverSummary('a');
    if (row === null || !ds || !summary) {
      this.#tooltip.hidden = true;
      return;
    }
    const tab = ds.table;
    replace(
      this.#tooltip,
      h('strong', {}, tab.name[row] || tab.code[row]!),
      h('div', {}, `${t('kecamatan')} ${tab.kecamatanName[row] || tab.kecamatan[row]}`),
      h(
        'div',
        {},
        `${t('rank')} ${fmt(summary.rank[row]!, 0)} · ${t('score')} ${fmt(summary.score[row]!)}`,
      ),
      summary.selected[row] === 1 ? h('div', { class: 'tip-locus' }, t('selected')) : null,
    );
    const offset = slot === 'b' ? this.#boxA.clientWidth : 0;
    this.#tooltip.style.left = `${p.x + offset + 12}px`;
    this.#tooltip.style.top = `${p.y + 12 + this.#controls.offsetHeight}px`;
    this.#tooltip.hidden = false;
  }
}

/** The fill paint for a colouring and a run. */
function paintFor(fill: Fill, summary: RunSummary | null): Paint {
  if (!summary || fill === 'selection') return selectionPaint();
  if (fill === 'rank') {
    let ranked = 0;
    for (const r of summary.rank) if (Number.isFinite(r)) ranked++;
    return rankPaint(ranked);
  }
  if (fill === 'score') {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of summary.score) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return scorePaint(lo, hi, summary.legend ?? undefined);
  }
  return classPaint(
    summary.classes?.bins ?? [],
    summary.classes?.labels,
    summary.legend ?? undefined,
  );
}
