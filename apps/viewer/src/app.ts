/**
 * The viewer: wires the store, the scoring worker, the map(s) and the panels. Holds no numbers
 * of its own: scores, ranks, classes, explanations and comparisons come from the worker, which
 * calls the lokus packages.
 */
import type { Comparison, Scenario } from '@lokus/core';
import type { Dataset } from './data/dataset.ts';
import { readScenarioFile } from './data/io.ts';
import { loadDataset } from './data/loadDataset.ts';
import type { Manifest } from './data/manifest.ts';
import { h, replace } from './dom.ts';
import { fmt, type Locale, label, setLocale, t, tk } from './i18n/index.ts';
import { renderLegend } from './map/legend.ts';
import {
  changePaint,
  classPaint,
  type Legend,
  overlayPaint,
  type Paint,
  rankPaint,
  scorePaint,
  selectionPaint,
} from './map/palette.ts';
import { VillageMap } from './map/villageMap.ts';
import { ComparePanel } from './panels/comparePanel.ts';
import { DetailPanel } from './panels/detailPanel.ts';
import { ExportMenu } from './panels/exportMenu.ts';
import { LoadDialog } from './panels/loadDialog.ts';
import { ScenarioPanel } from './panels/scenarioPanel.ts';
import { TablePanel } from './panels/tablePanel.ts';
import { decodeHash, encodeHash } from './state/hash.ts';
import { type AppState, initialState, Store } from './state/store.ts';
import { WorkerClient } from './worker/client.ts';
import type { RunSummary, Slot, SpatialSummary } from './worker/protocol.ts';

/** What the browser tests read. */
export interface TestHooks {
  /** Number of results applied to the map and drawn (idle). */
  applied: number;
  busy: boolean;
  summary: RunSummary | null;
  summaryB: RunSummary | null;
  legend: Legend[];
  maps: VillageMap[];
  comparison: Comparison | null;
  /** The LISA / hot-spot layers last drawn as an overlay. */
  spatial: SpatialSummary | null;
}

declare global {
  interface Window {
    __lokus?: TestHooks;
  }
}

export class App {
  readonly store: Store;
  readonly worker = new WorkerClient();
  readonly hooks: TestHooks = {
    applied: 0,
    busy: false,
    summary: null,
    summaryB: null,
    legend: [],
    maps: [],
    comparison: null,
    spatial: null,
  };
  readonly #manifest: Manifest;
  #dataset: Dataset | null = null;
  readonly #summaries: Record<Slot, RunSummary | null> = { a: null, b: null };
  #spatial: SpatialSummary | null = null;
  readonly #inflight: Record<Slot, boolean> = { a: false, b: false };
  readonly #pending: Record<Slot, Scenario | null> = { a: null, b: null };

  // DOM
  readonly #root: HTMLElement;
  readonly #title = h('span', { class: 'dataset-name' });
  readonly #badge = h('span', { class: 'badge synthetic', hidden: true }, t('synthetic'));
  readonly #busy = h('span', { class: 'busy', role: 'status', 'aria-live': 'polite' });
  readonly #tabs = h('nav', { class: 'tabs', 'aria-label': 'views' });
  readonly #center = h('div', { class: 'center' });
  readonly #maps = h('div', { class: 'maps' });
  readonly #mapA = h('div', { class: 'map', id: 'map-a' });
  readonly #mapB = h('div', { class: 'map', id: 'map-b', hidden: true });
  readonly #legend = h('div', { class: 'legend', id: 'legend' });
  readonly #attribution = h('div', { class: 'attribution', id: 'attribution' });
  readonly #tooltip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  readonly #summaryLine = h('p', { class: 'summary-line', 'aria-live': 'polite' });
  readonly #diagnostics = h('details', { class: 'diagnostics' });
  readonly #right = h('aside', { class: 'right' });
  readonly #left = h('aside', { class: 'left' });
  readonly #controls = h('div', { class: 'map-controls' });

  readonly villageMap: VillageMap;
  readonly #mapRight: VillageMap;
  readonly #scenarioPanel: ScenarioPanel;
  readonly #detail: DetailPanel;
  readonly #compare: ComparePanel;
  readonly #table: TablePanel;
  readonly #load: LoadDialog;
  readonly #export: ExportMenu;

  constructor(root: HTMLElement, manifest: Manifest) {
    this.#root = root;
    this.#manifest = manifest;
    const hash = decodeHash(location.hash);
    this.store = new Store({ ...initialState, ...hash, locale: hash.locale ?? 'id' });
    setLocale(this.store.state.locale);
    window.__lokus = this.hooks;

    this.#scenarioPanel = new ScenarioPanel({
      onChange: (scenario) => {
        const slot = this.store.state.editing;
        this.store.update(slot === 'a' ? { scenario } : { scenarioB: scenario });
        this.run(slot);
      },
      onExample: (url) => void this.#useExample(url),
    });
    this.#detail = new DetailPanel(() => this.select(null));
    this.#compare = new ComparePanel({ onSelect: (code) => this.selectCode(code) });
    this.#table = new TablePanel({ onSelect: (row) => this.select(row, true) });
    this.#load = new LoadDialog(
      { onUse: (ds) => void this.useDataset(ds, true) },
      () => this.#dataset?.boundaries ?? null,
    );
    this.#export = new ExportMenu(this);

    this.#layout();
    this.villageMap = new VillageMap(this.#mapA, {
      label: t('viewMap'),
      basemap: this.store.state.basemap,
      onClick: (row) => this.select(row),
      onHover: (row, p) => this.#hover(row, p, 'a'),
    });
    this.#mapRight = new VillageMap(this.#mapB, {
      label: t('scenarioB'),
      basemap: this.store.state.basemap,
      onClick: (row) => this.select(row),
      onHover: (row, p) => this.#hover(row, p, 'b'),
      showLabels: false,
    });
    this.villageMap.syncWith(this.#mapRight);
    this.hooks.maps = [this.villageMap, this.#mapRight];
    this.villageMap.map.on('moveend', () => {
      const c = this.villageMap.map.getCenter();
      const camera = {
        center: [round(c.lng), round(c.lat)] as const,
        zoom: round(this.villageMap.map.getZoom()),
      };
      this.store.update({ camera });
    });
    this.store.subscribe(() => this.#writeHash());
  }

  /** A dataset selector when the manifest offers more than one (e.g. Demak and the sample). */
  #datasetPicker(): HTMLElement[] {
    const entries = this.#manifest.datasets;
    if (entries.length < 2) return [];
    const select = h(
      'select',
      {
        id: 'dataset',
        'aria-label': t('dataset'),
        onchange: async (e: Event) => {
          const entry = entries.find((d) => d.id === (e.target as HTMLSelectElement).value);
          if (!entry) return;
          this.#setBusy(true, t('loading'));
          await this.useDataset(await loadDataset(entry), true);
        },
      },
      ...entries.map((d) =>
        h('option', { value: d.id, selected: d.id === this.store.state.dataset }, label(d.name)),
      ),
    );
    return [select];
  }

  /** Loads the dataset named in the hash (or the manifest's first) and runs its scenario. */
  async start(): Promise<void> {
    const wanted = this.store.state.dataset;
    const entry =
      this.#manifest.datasets.find((d) => d.id === wanted) ?? this.#manifest.datasets[0];
    if (!entry) throw new Error('no dataset');
    this.#setBusy(true, t('loading'));
    const ds = await loadDataset(entry);
    await this.useDataset(ds, false);
  }

  /** Shows a dataset; `fresh` drops the hash's scenario and selection. */
  async useDataset(ds: Dataset, fresh: boolean): Promise<void> {
    this.#dataset = ds;
    const s = this.store.state;
    const scenario = !fresh && s.scenario ? s.scenario : ds.defaultScenario;
    const camera = fresh ? null : s.camera;
    this.store.update({
      dataset: ds.id,
      scenario,
      scenarioB: fresh ? null : s.scenarioB,
      selected: fresh ? null : s.selected,
      camera,
    });
    replace(this.#title, label(ds.name));
    this.#badge.hidden = !ds.synthetic;
    replace(this.#attribution, ...ds.attribution.map((a) => h('div', {}, a)));
    await this.worker.request({ type: 'table', table: ds.table });
    await this.worker.request({
      type: 'boundaries',
      boundaries: ds.boundaries,
      rowOfFeature: ds.join.rowOfFeature,
    });
    await Promise.all([
      this.villageMap.setDataset(ds, camera === null),
      this.#mapRight.setDataset(ds, false),
    ]);
    if (camera)
      this.villageMap.map.jumpTo({
        center: [camera.center[0], camera.center[1]],
        zoom: camera.zoom,
      });
    this.#table.setDataset(ds);
    this.#renderDiagnostics();
    this.#renderScenarioPanel();
    this.#renderView();
    this.run('a');
    if (this.store.state.view === 'compare') this.run('b');
  }

  #layout(): void {
    const langButton = h('button', {
      type: 'button',
      class: 'lang',
      'aria-label': t('language'),
      onclick: () => this.setLocale(this.store.state.locale === 'id' ? 'en' : 'id'),
    });
    langButton.textContent = this.store.state.locale === 'id' ? 'EN' : 'ID';
    const header = h(
      'header',
      { class: 'top' },
      h('h1', {}, 'lokus'),
      this.#title,
      ...this.#datasetPicker(),
      this.#badge,
      this.#tabs,
      this.#busy,
      h('div', { class: 'spacer' }),
      h(
        'button',
        { type: 'button', id: 'open-load', onclick: () => this.#load.open() },
        t('loadData'),
      ),
      this.#export.element,
      langButton,
    );
    this.#maps.append(this.#mapA, this.#mapB);
    this.#center.append(
      this.#controls,
      this.#maps,
      this.#legend,
      this.#attribution,
      this.#tooltip,
      this.#table.element,
    );
    this.#left.append(this.#scenarioPanel.element);
    this.#right.append(
      this.#summaryLine,
      this.#detail.element,
      this.#compare.element,
      this.#diagnostics,
    );
    replace(
      this.#root,
      header,
      h('main', { class: 'layout' }, this.#left, this.#center, this.#right),
      this.#load.element,
    );
    this.#renderTabs();
    this.#renderControls();
  }

  #renderTabs(): void {
    const views = [
      ['map', t('viewMap')],
      ['compare', t('viewCompare')],
      ['table', t('viewTable')],
    ] as const;
    replace(
      this.#tabs,
      ...views.map(([v, text]) =>
        h(
          'button',
          {
            type: 'button',
            id: `tab-${v}`,
            'aria-pressed': this.store.state.view === v ? 'true' : 'false',
            onclick: () => this.setView(v),
          },
          text,
        ),
      ),
    );
  }

  #renderControls(): void {
    const s = this.store.state;
    const fill = h(
      'select',
      {
        id: 'fill',
        onchange: (e: Event) =>
          this.setFill((e.target as HTMLSelectElement).value as AppState['fill']),
      },
      ...(['class', 'rank', 'score', 'selection'] as const).map((f) =>
        h(
          'option',
          { value: f, selected: s.fill === f },
          tk(`fill${f[0]!.toUpperCase()}${f.slice(1)}`),
        ),
      ),
    );
    const overlay = h(
      'select',
      {
        id: 'overlay',
        onchange: (e: Event) =>
          this.setOverlay((e.target as HTMLSelectElement).value as AppState['overlay']),
      },
      ...(['none', 'lisa', 'hotspot'] as const).map((o) =>
        h(
          'option',
          { value: o, selected: s.overlay === o },
          tk(`overlay${o[0]!.toUpperCase()}${o.slice(1)}`),
        ),
      ),
    );
    const right = h(
      'select',
      {
        id: 'right-map',
        onchange: (e: Event) =>
          this.#setRight((e.target as HTMLSelectElement).value as AppState['right']),
      },
      h('option', { value: 'b', selected: s.right === 'b' }, t('scenarioB')),
      h('option', { value: 'change', selected: s.right === 'change' }, t('fillChange')),
    );
    const editing = h(
      'select',
      {
        id: 'editing',
        onchange: (e: Event) => {
          this.store.update({ editing: (e.target as HTMLSelectElement).value as Slot });
          this.#renderScenarioPanel();
        },
      },
      h('option', { value: 'a', selected: s.editing === 'a' }, t('scenarioA')),
      h('option', { value: 'b', selected: s.editing === 'b' }, t('scenarioB')),
    );
    const basemap = h('input', {
      id: 'basemap',
      type: 'url',
      value: s.basemap,
      placeholder: 'https://…/{z}/{x}/{y}.png',
      onchange: (e: Event) => {
        this.store.update({ basemap: (e.target as HTMLInputElement).value.trim() });
        location.reload();
      },
    });
    replace(
      this.#controls,
      h('label', { for: 'fill' }, t('fillBy'), fill),
      h('label', { for: 'overlay' }, t('overlay'), overlay),
      s.view === 'compare' ? h('label', { for: 'right-map' }, t('compareRight'), right) : null,
      s.view === 'compare' ? h('label', { for: 'editing' }, t('editing'), editing) : null,
      h('details', { class: 'basemap' }, h('summary', {}, t('basemap')), basemap),
    );
  }

  #renderScenarioPanel(): void {
    const ds = this.#dataset;
    const s = this.store.state;
    const scenario = s.editing === 'b' ? (s.scenarioB ?? s.scenario) : s.scenario;
    if (!ds || !scenario) return;
    this.#scenarioPanel.render(
      scenario,
      ds.catalog,
      ds.scenarioUrls,
      s.editing === 'b' ? 'B' : 'A',
    );
    const summary = this.#summaries[s.editing];
    if (summary) this.#scenarioPanel.showWeights(summary.weights);
  }

  #renderView(): void {
    const { view } = this.store.state;
    this.#root.dataset.view = view;
    this.#maps.hidden = view === 'table';
    this.#mapB.hidden = view !== 'compare';
    this.#table.element.hidden = view !== 'table';
    this.#table.render();
    this.#compare.element.hidden = view !== 'compare';
    this.#detail.element.hidden = view === 'compare';
    this.villageMap.map.resize();
    this.#mapRight.map.resize();
    this.#renderTabs();
    this.#renderControls();
  }

  async #useExample(url: string | null): Promise<void> {
    const ds = this.#dataset;
    if (!ds) return;
    let scenario: Scenario = ds.defaultScenario;
    if (url) {
      const text = await (await fetch(url)).text();
      const read = readScenarioFile(url.split('/').pop() ?? url, text);
      scenario = read.scenario as Scenario;
    }
    const slot = this.store.state.editing;
    this.store.update(slot === 'a' ? { scenario } : { scenarioB: scenario });
    this.#renderScenarioPanel();
    this.run(slot);
  }

  /** Runs a slot's scenario in the worker; at most one run per slot in flight, the latest waits. */
  run(slot: Slot): void {
    const s = this.store.state;
    const scenario = slot === 'a' ? s.scenario : (s.scenarioB ?? s.scenario);
    if (!scenario) return;
    if (this.#inflight[slot]) {
      this.#pending[slot] = scenario;
      return;
    }
    this.#inflight[slot] = true;
    this.#setBusy(true, t('computing'));
    void this.worker.request({ type: 'run', slot, scenario }).then(async (res) => {
      this.#inflight[slot] = false;
      if (res.type === 'run') await this.#apply(slot, res.summary);
      const next = this.#pending[slot];
      this.#pending[slot] = null;
      if (next) this.run(slot);
      else if (!this.#inflight.a && !this.#inflight.b) this.#setBusy(false);
    });
  }

  async #apply(slot: Slot, summary: RunSummary): Promise<void> {
    this.#summaries[slot] = summary;
    if (slot === 'a') this.hooks.summary = summary;
    else this.hooks.summaryB = summary;
    if (slot === this.store.state.editing) this.#scenarioPanel.showWeights(summary.weights);
    const target = slot === 'a' ? this.villageMap : this.#mapRight;
    const { rank, score, selected, classes } = summary;
    const classOf = classes?.classOf;
    target.setStates({
      r: rank,
      s: score,
      c: classOf ?? new Int32Array(rank.length).fill(-1),
      sel: Float64Array.from(selected, (v, row) => (Number.isFinite(rank[row]!) ? v : -1)),
    });
    if (slot === 'a') {
      this.#spatial = null;
      this.#renderSummary();
      this.#renderDiagnostics();
      this.#table.setSummary(summary);
      const sel = this.store.state.selected;
      if (sel) this.selectCode(sel, false);
      if (this.store.state.overlay !== 'none') await this.#applyOverlay();
    }
    this.#repaint();
    if (this.store.state.view === 'compare') await this.#refreshCompare();
    await target.idle();
    this.hooks.applied++;
  }

  #paintFor(summary: RunSummary | null): Paint {
    const fill = this.store.state.fill;
    if (!summary) return selectionPaint();
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
      return scorePaint(lo, hi);
    }
    if (fill === 'selection') return selectionPaint();
    return classPaint(summary.classes?.bins ?? [], summary.classes?.labels);
  }

  #repaint(): void {
    const s = this.store.state;
    const paintA = this.#paintFor(this.#summaries.a);
    this.villageMap.setPaint(paintA);
    const legends: Legend[] = [paintA.legend];
    if (s.view === 'compare') {
      if (s.right === 'change') {
        const c = this.hooks.comparison;
        let m = 1;
        for (const v of c?.villages ?? [])
          if (Number.isFinite(v.shift)) m = Math.max(m, Math.abs(v.shift));
        const p = changePaint(m);
        this.#mapRight.setPaint(p);
        legends.push(p.legend);
      } else this.#mapRight.setPaint(this.#paintFor(this.#summaries.b));
    }
    if (s.overlay !== 'none' && this.#spatial) {
      const o = overlayPaint(s.overlay);
      this.villageMap.setOverlay(o.line);
      legends.push(o.legend);
    } else this.villageMap.setOverlay(null);
    this.hooks.legend = legends;
    renderLegend(this.#legend, legends);
  }

  async #applyOverlay(): Promise<void> {
    const res = await this.worker.request({ type: 'spatial', slot: 'a' });
    if (res.type !== 'spatial') return;
    this.#spatial = res.spatial;
    this.hooks.spatial = res.spatial;
    const { lisa, hotspot } = res.spatial;
    const kind = this.store.state.overlay;
    this.villageMap.setStates({
      o: kind === 'lisa' ? Int8Array.from(lisa, (c) => Math.max(c, 0)) : hotspot,
    });
  }

  async #refreshCompare(): Promise<void> {
    if (!this.#summaries.a || !this.#summaries.b) return;
    const res = await this.worker.request({ type: 'compare' });
    if (res.type !== 'compare') return;
    const c = res.comparison;
    this.hooks.comparison = c;
    this.#compare.show(c);
    const ds = this.#dataset;
    if (c && ds) {
      const shift = new Float64Array(ds.table.length).fill(Number.NaN);
      for (const v of c.villages) shift[v.indexA] = v.shift;
      this.#mapRight.setStates({ d: shift });
    }
    this.#repaint();
  }

  #renderSummary(): void {
    const a = this.#summaries.a;
    const ds = this.#dataset;
    if (!a || !ds) return;
    replace(
      this.#summaryLine,
      t('lociSummary', { n: fmt(a.selectedCount, 0), total: fmt(ds.table.length, 0) }),
    );
  }

  #renderDiagnostics(): void {
    const ds = this.#dataset;
    const all = [...(ds?.diagnostics ?? []), ...(this.#summaries.a?.diagnostics ?? [])];
    const important = all.filter((d) => d.severity !== 'info');
    replace(
      this.#diagnostics,
      h('summary', {}, `${t('diagnostics')} (${important.length})`),
      all.length === 0
        ? h('p', {}, t('noDiagnostics'))
        : h(
            'ul',
            {},
            ...all
              .slice(0, 200)
              .map((d) =>
                h('li', { class: `diag ${d.severity}` }, h('code', {}, d.code), ` ${d.message}`),
              ),
          ),
    );
  }

  #hover(row: number | null, p: { x: number; y: number }, slot: Slot): void {
    const ds = this.#dataset;
    const summary = this.#summaries[slot] ?? this.#summaries.a;
    if (row === null || !ds || !summary) {
      this.#tooltip.hidden = true;
      return;
    }
    const rank = summary.rank[row]!;
    replace(
      this.#tooltip,
      h('strong', {}, ds.table.name[row] || ds.table.code[row]!),
      h('div', {}, `${t('kecamatan')} ${ds.table.kecamatanName[row] || ds.table.kecamatan[row]}`),
      h('div', {}, `${t('rank')} ${fmt(rank, 0)} · ${t('score')} ${fmt(summary.score[row]!)}`),
      summary.selected[row] === 1 ? h('div', { class: 'tip-locus' }, t('selected')) : null,
    );
    const offset = slot === 'b' ? this.#mapA.clientWidth : 0;
    this.#tooltip.style.left = `${p.x + offset + 12}px`;
    this.#tooltip.style.top = `${p.y + 12 + this.#controls.offsetHeight}px`;
    this.#tooltip.hidden = false;
  }

  /** Selects a village by table row (or none); `fly` moves the map to it. */
  select(row: number | null, fly = false): void {
    const ds = this.#dataset;
    const code = row === null || !ds ? null : ds.table.code[row]!;
    this.store.update({ selected: code });
    this.villageMap.highlight(row);
    this.#mapRight.highlight(row);
    this.#table.highlight(row);
    if (row === null) {
      this.#detail.clear();
      return;
    }
    if (fly) this.villageMap.flyTo(row);
    void this.worker
      .request({ type: 'explain', slot: 'a', index: row, locale: this.store.state.locale })
      .then((res) => {
        if (res.type === 'explain' && this.store.state.selected === code)
          this.#detail.show(res.explanation);
      });
  }

  /** Selects a village by code. */
  selectCode(code: string, fly = true): void {
    const row = this.#dataset?.rowOfCode.get(code);
    if (row !== undefined) this.select(row, fly);
  }

  setView(view: AppState['view']): void {
    this.store.update({ view, editing: view === 'compare' ? this.store.state.editing : 'a' });
    this.#renderView();
    this.#renderScenarioPanel();
    if (view === 'compare') {
      if (!this.store.state.scenarioB) this.store.update({ scenarioB: this.store.state.scenario });
      this.run('b');
    }
    this.#repaint();
  }

  setFill(fill: AppState['fill']): void {
    this.store.update({ fill });
    this.#repaint();
  }

  setOverlay(overlay: AppState['overlay']): void {
    this.store.update({ overlay });
    if (overlay === 'none') this.#repaint();
    else void this.#applyOverlay().then(() => this.#repaint());
  }

  #setRight(right: AppState['right']): void {
    this.store.update({ right });
    void this.#refreshCompare();
  }

  setLocale(locale: Locale): void {
    this.store.update({ locale });
    this.#writeHash();
    location.reload();
  }

  #setBusy(busy: boolean, text = ''): void {
    this.hooks.busy = busy;
    this.#busy.textContent = busy ? text : '';
    this.#busy.classList.toggle('on', busy);
  }

  #writeHash(): void {
    const hash = encodeHash(this.store.state);
    if (hash !== location.hash) history.replaceState(null, '', hash);
  }

  /** Current dataset (for export). */
  get dataset(): Dataset | null {
    return this.#dataset;
  }

  /** Legends currently shown (for PNG export). */
  get legends(): readonly Legend[] {
    return this.hooks.legend;
  }
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
