/**
 * The viewer's controller: holds the store (the one source of truth), sends runs to the scoring
 * worker and hands results to the views. It computes no number: scores, ranks, classes,
 * explanations and comparisons come from the worker, which calls the lokus packages.
 */
import type { Scenario } from '@lokus/core';
import { controllerHooks } from './controllerHooks.ts';
import { ControllerRuns } from './controllerRuns.ts';
import type { Dataset } from './data/dataset.ts';
import type { Manifest } from './data/manifest.ts';
import { h, replace } from './dom.ts';
import { setLocale, t } from './i18n/index.ts';
import { nationalScenario } from './map/nationalRanking.ts';
import type { Legend } from './map/palette.ts';
import type { VillageMap } from './map/villageMap.ts';
import { ComparePanel } from './panels/comparePanel.ts';
import { DetailPanel } from './panels/detailPanel.ts';
import { ExportMenu } from './panels/exportMenu.ts';
import { LoadDialog } from './panels/loadDialog.ts';
import { RobustnessPanel } from './panels/robustnessPanel.ts';
import { ScenarioPanel } from './panels/scenarioPanel.ts';
import { TablePanel } from './panels/tablePanel.ts';
import { perfMark } from './perfMark.ts';
import { PlanPanel } from './plan/planPanel.ts';
import { decodeHash } from './state/hash.ts';
import { syncHash, writeHash } from './state/hashSync.ts';
import { type AppState, initialState, Store } from './state/store.ts';
import { Header } from './views/header.ts';
import { MapHost } from './views/mapHost.ts';
import { StatusView } from './views/statusView.ts';
import type { WorkerClient } from './worker/client.ts';
import { loadInWorker } from './worker/loadInWorker.ts';
import type { RunSummary, Slot, SpatialSummary } from './worker/protocol.ts';

export class Controller {
  readonly store: Store;
  readonly worker: WorkerClient;
  readonly hooks = controllerHooks();
  readonly #manifest: Manifest;
  #dataset: Dataset | null = null;
  /** The dataset loaded from the user's files, offered in the selector once used. */
  #uploaded: Dataset | null = null;
  /** Last valid run of each slot: what the maps show. */
  readonly #shown: Record<Slot, RunSummary | null> = { a: null, b: null };
  #spatial: SpatialSummary | null = null;
  readonly #runs: ControllerRuns;
  /** Settles when the maps hold the current dataset (runs are drawn after it). */
  #mapsReady: Promise<void> = Promise.resolve();

  readonly #root: HTMLElement;
  readonly #header: Header;
  readonly #mapHost: MapHost;
  readonly #status = new StatusView();
  readonly #scenarioPanel: ScenarioPanel;
  readonly #detail: DetailPanel;
  readonly #compare: ComparePanel;
  readonly #table: TablePanel;
  readonly #load: LoadDialog;
  readonly #export: ExportMenu;
  readonly #robustness: RobustnessPanel;
  readonly #plan: PlanPanel;

  constructor(root: HTMLElement, manifest: Manifest, worker: WorkerClient) {
    this.#root = root;
    this.worker = worker;
    this.#manifest = manifest;
    const hash = decodeHash(location.hash);
    this.store = new Store({ ...initialState, ...hash, locale: hash.locale ?? 'id' });
    setLocale(this.store.state.locale);
    window.__lokus = this.hooks;
    this.#runs = new ControllerRuns(
      this.worker,
      (slot, summary) => this.#apply(slot, summary),
      () => {
        // A run that never drew (an error) still shows the map.
        this.#mapHost.reveal();
        this.#setBusy(false);
      },
    );
    this.#scenarioPanel = new ScenarioPanel({
      onChange: (scenario) => this.#setScenario(this.store.state.editing, scenario),
      onExample: (url) => void this.#useExample(url),
    });
    this.#detail = new DetailPanel(() => this.select(null));
    this.#robustness = new RobustnessPanel({
      map: () => this.#mapHost.mapA,
      dataset: () => this.#dataset,
      scenario: () => this.store.state.scenario,
    });
    this.#plan = new PlanPanel({
      worker: this.worker,
      map: () => this.#mapHost.mapA,
      dataset: () => this.#dataset,
      selected: () => this.store.state.selected,
      onSelect: (code) => this.selectCode(code),
    });
    this.#detail.extra.append(this.#plan.villageElement);
    this.#compare = new ComparePanel({ onSelect: (code) => this.selectCode(code) });
    this.#table = new TablePanel({ onSelect: (row) => this.select(row, true) });
    this.#load = new LoadDialog(
      { onUse: (ds) => void this.useDataset(ds, true) },
      () => this.#dataset?.boundaries ?? null,
    );
    this.#export = new ExportMenu(this);
    this.#header = new Header({
      onDataset: (id) => void this.openDataset(id),
      onView: (view) => this.setView(view),
      onLoad: () => this.#load.open(),
      onLanguage: () => this.setLocale(this.store.state.locale === 'id' ? 'en' : 'id'),
      exportMenu: this.#export.element,
      locale: this.store.state.locale,
    });
    this.#mapHost = this.#makeMapHost();
    this.#mapHost.hoverSummary = (slot) => this.#shown[slot];
    this.hooks.maps = [this.#mapHost.mapA];
    this.#mapHost.onMapB = (b) => {
      this.hooks.maps = [this.#mapHost.mapA, b];
    };
    this.#layout();
    syncHash(this.store);
  }

  #makeMapHost(): MapHost {
    return new MapHost({
      basemap: this.store.state.basemap,
      onSelect: (row) => this.select(row),
      onFill: (fill) => this.setFill(fill),
      onOverlay: (overlay) => this.setOverlay(overlay),
      onRight: (right) => {
        this.store.update({ right });
        void this.#refreshCompare();
      },
      onEditing: (editing) => {
        this.store.update({ editing });
        this.#renderScenarioPanel();
      },
      onBasemap: (basemap) => {
        this.store.update({ basemap });
        location.reload();
      },
      onCamera: (camera) => this.store.update({ camera }),
    });
  }

  #layout(): void {
    const center = h('div', { class: 'center' }, this.#mapHost.element, this.#table.element);
    const left = h('aside', { class: 'left' }, this.#scenarioPanel.element);
    const right = h(
      'aside',
      { class: 'right' },
      this.#status.summary,
      this.#detail.element,
      this.#plan.element,
      this.#robustness.element,
      this.#compare.element,
      this.#status.diagnostics,
    );
    replace(
      this.#root,
      this.#header.element,
      h('main', { class: 'layout' }, left, center, right),
      this.#load.element,
    );
    this.#header.setView(this.store.state.view);
    this.#mapHost.renderControls(this.store.state);
    // The maps were made before their boxes were in the page: size them now.
    void this.#mapHost.setView(this.store.state.view);
  }

  /** Scenario A's map (for export). */
  get villageMap(): VillageMap {
    return this.#mapHost.mapA;
  }

  /** Current dataset (for export). */
  get dataset(): Dataset | null {
    return this.#dataset;
  }

  /** Legends currently shown (for PNG export). */
  get legends(): readonly Legend[] {
    return this.#mapHost.legends;
  }

  /**
   * Opens the dataset named in the hash (or the manifest's first) and runs its scenario;
   * `loading` is that dataset already being loaded in the worker (see main.ts).
   */
  async start(loading?: Promise<Dataset>): Promise<void> {
    const wanted = this.store.state.dataset;
    const entry =
      this.#manifest.datasets.find((d) => d.id === wanted) ?? this.#manifest.datasets[0];
    if (!entry) throw new Error('no dataset');
    this.#setBusy(true, t('loading'));
    const ds = await (loading ?? loadInWorker(this.worker, entry));
    await this.useDataset(ds, entry.id !== wanted, true);
  }

  /** Switches to a dataset of the selector: a fresh start, nothing kept from the old one. */
  async openDataset(id: string): Promise<void> {
    if (id === this.#uploaded?.id) return this.useDataset(this.#uploaded, true);
    const entry = this.#manifest.datasets.find((d) => d.id === id);
    if (!entry) return;
    this.#setBusy(true, t('loading'));
    await this.useDataset(await loadInWorker(this.worker, entry), true, true);
  }

  /**
   * Shows a dataset. `fresh` (a switch or an upload) resets the scenarios, selection, detail and
   * comparison; otherwise the hash's scenario, selection and camera are kept (a shared link).
   * `inWorker`: the worker loaded this dataset itself and holds its table already.
   */
  async useDataset(ds: Dataset, fresh: boolean, inWorker = false): Promise<void> {
    this.#dataset = ds;
    if (ds.id === 'upload') this.#uploaded = ds;
    const s = this.store.state;
    const camera = fresh ? null : s.camera;
    this.#runs.reset();
    this.#shown.a = null;
    this.#shown.b = null;
    this.#spatial = null;
    this.hooks.comparison = null;
    this.hooks.summary = null;
    this.hooks.summaryB = null;
    this.hooks.shown = null;
    this.store.update({
      dataset: ds.id,
      scenario: !fresh && s.scenario ? s.scenario : this.#startScenario(ds, ds.defaultScenario),
      scenarioB: fresh ? null : s.scenarioB,
      selected: fresh ? null : s.selected,
      editing: fresh ? 'a' : s.editing,
      camera,
    });
    this.#detail.clear();
    this.#robustness.datasetChanged();
    this.#plan.datasetChanged();
    this.#compare.show(null);
    this.#mapHost.setNotice(null);
    this.#renderDatasets();
    perfMark('prepared');
    if (!inWorker) {
      await this.worker.request({ type: 'table', table: ds.table, excluded: ds.excluded });
      await this.worker.request({
        type: 'boundaries',
        boundaries: ds.boundaries,
        rowOfFeature: ds.join.rowOfFeature,
      });
    }
    perfMark('worker-ready');
    // The panels take their final size first: the map is laid out once, not at every panel.
    this.#table.setDataset(ds);
    // Nothing of the old dataset stays highlighted; a kept selection is re-applied after the run.
    this.#table.highlight(null);
    this.#mapHost.mapA.highlight(null);
    this.#mapHost.mapB?.highlight(null);
    this.#status.showDiagnostics(ds.diagnostics);
    this.#renderScenarioPanel();
    this.#renderView();
    // The worker scores while the map takes the boundaries (hidden until the first result is
    // drawn: software WebGL composites no uncoloured frame); results wait for the map.
    this.#mapsReady = this.#mapHost.setDataset(ds, camera);
    this.run('a');
    if (this.store.state.view === 'compare') this.run('b');
    await this.#mapsReady;
    perfMark('maps-ready');
  }

  #renderDatasets(): void {
    const choices = [
      ...this.#manifest.datasets.map((d) => ({ id: d.id, name: d.name })),
      ...(this.#uploaded ? [{ id: this.#uploaded.id, name: this.#uploaded.name }] : []),
    ];
    const ds = this.#dataset;
    this.#header.setDatasets(choices, ds?.id ?? '', ds?.synthetic ?? false);
  }

  #scenarioOf(slot: Slot): Scenario | null {
    const s = this.store.state;
    return slot === 'a' ? s.scenario : (s.scenarioB ?? s.scenario);
  }

  #setScenario(slot: Slot, scenario: Scenario): void {
    perfMark(`scenario-${slot}`);
    this.store.update(slot === 'a' ? { scenario } : { scenarioB: scenario });
    this.run(slot);
  }

  #renderScenarioPanel(): void {
    const ds = this.#dataset;
    const slot = this.store.state.editing;
    const scenario = this.#scenarioOf(slot);
    if (!ds || !scenario) return;
    this.#scenarioPanel.render(scenario, ds.catalog, ds.scenarioUrls, slot === 'b' ? 'B' : 'A');
    const summary = this.hooks[slot === 'a' ? 'summary' : 'summaryB'];
    if (summary) this.#scenarioPanel.showRun(summary);
  }

  #renderView(): void {
    const { view } = this.store.state;
    this.#root.dataset.view = view;
    void this.#mapHost.setView(view);
    this.#table.element.hidden = view !== 'table';
    this.#table.render();
    this.#compare.element.hidden = view !== 'compare';
    this.#detail.element.hidden = view === 'compare';
    this.#header.setView(view);
    this.#mapHost.renderControls(this.store.state);
  }

  /** A scenario as a dataset starts it: many districts at once rank within each kabupaten unless it says otherwise. */
  #startScenario(ds: Dataset, scenario: Scenario): Scenario {
    return ds.tiles ? nationalScenario(scenario) : scenario;
  }

  async #useExample(url: string | null): Promise<void> {
    const ds = this.#dataset;
    if (!ds) return;
    let scenario: Scenario = ds.defaultScenario;
    if (url) {
      const text = await (await fetch(url)).text();
      const { readScenarioFile } = await import('./data/io.ts');
      scenario = readScenarioFile(url.split('/').pop() ?? url, text).scenario as Scenario;
    }
    this.#setScenario(this.store.state.editing, this.#startScenario(ds, scenario));
    this.#renderScenarioPanel();
  }

  /** Runs a slot's scenario in the worker. */
  run(slot: Slot): void {
    const scenario = this.#scenarioOf(slot);
    if (!scenario) return;
    this.#setBusy(true, t('computing'));
    this.#runs.run(slot, scenario);
  }

  /**
   * Takes a run's answer. An invalid run leaves the last valid map on screen with a notice; the
   * scenario panel explains the problem next to the control that caused it.
   */
  async #apply(slot: Slot, summary: RunSummary): Promise<void> {
    perfMark(`run-${slot}`);
    await this.#mapsReady;
    this.hooks[slot === 'a' ? 'summary' : 'summaryB'] = summary;
    if (slot === this.store.state.editing) this.#scenarioPanel.showRun(summary);
    const valid = summary.ok && summary.rank.length > 0;
    if (slot === 'a') {
      this.#mapHost.setNotice(valid ? null : t('mapKeptNotice'));
      this.#status.showDiagnostics([...(this.#dataset?.diagnostics ?? []), ...summary.diagnostics]);
    }
    if (valid) await this.#show(slot, summary);
    // The notice above the map resizes it: count the answer once the kept map is drawn again.
    else if (slot === 'a') await this.#mapHost.mapA.idle();
    // A map shown for the first time is counted once the browser has composited it.
    if (this.#mapHost.reveal(slot)) await this.#mapHost.presented();
    perfMark(`drawn-${slot}`);
    this.hooks.applied++;
  }

  async #show(slot: Slot, summary: RunSummary): Promise<void> {
    const map = slot === 'a' ? this.#mapHost.mapA : await this.#mapHost.whenMapB();
    this.#shown[slot] = summary;
    if (slot === 'a') this.hooks.shown = summary;
    if (slot === 'a') this.#robustness.scenarioChanged();
    if (slot === 'a') this.#plan.resultChanged();
    this.#mapHost.applySummary(slot, summary);
    if (slot === 'a') {
      this.#spatial = null;
      const select = this.store.state.scenario?.select;
      const target = select?.mode === 'top-n' ? (select.n ?? null) : null;
      this.#status.showSummary(summary.selectedCount, this.#dataset?.table.length ?? 0, target);
      this.#table.setSummary(summary);
      const sel = this.store.state.selected;
      if (sel) this.selectCode(sel, false);
      if (this.store.state.overlay !== 'none') await this.#applyOverlay();
    }
    this.#repaint();
    if (this.store.state.view === 'compare') await this.#refreshCompare();
    await map.idle();
  }

  #repaint(): void {
    const s = this.store.state;
    this.#mapHost.repaint(s, this.#shown.a, this.#shown.b, this.hooks.comparison, this.#spatial);
    this.hooks.legend = this.#mapHost.legends;
  }

  async #applyOverlay(): Promise<void> {
    const res = await this.worker.request({ type: 'spatial', slot: 'a' });
    if (res.type !== 'spatial') return;
    this.#spatial = res.spatial;
    this.hooks.spatial = res.spatial;
    this.#mapHost.applySpatial(res.spatial, this.store.state.overlay);
  }

  async #refreshCompare(): Promise<void> {
    if (!this.#shown.a || !this.#shown.b) return;
    const res = await this.worker.request({ type: 'compare' });
    if (res.type !== 'compare') return;
    const c = res.comparison;
    this.hooks.comparison = c;
    this.#compare.show(c);
    if (c && this.#dataset) this.#mapHost.applyComparison(c, this.#dataset.table.length);
    this.#repaint();
  }

  /** Selects a village by table row (or none); `fly` moves the map to it. */
  select(row: number | null, fly = false): void {
    const ds = this.#dataset;
    const code = row === null || !ds ? null : ds.table.code[row]!;
    this.store.update({ selected: code });
    this.#mapHost.mapA.highlight(row);
    this.#mapHost.mapB?.highlight(row);
    this.#table.highlight(row);
    this.#robustness.showVillage(row);
    this.#plan.showVillage(code);
    if (row === null) {
      this.#detail.clear();
      return;
    }
    if (fly) this.#mapHost.mapA.flyTo(row);
    void this.worker
      .request({ type: 'explain', slot: 'a', index: row, locale: this.store.state.locale })
      .then((res) => {
        if (res.type === 'explain' && this.store.state.selected === code && this.#dataset === ds)
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

  setLocale(locale: AppState['locale']): void {
    this.store.update({ locale });
    writeHash(this.store.state);
    location.reload();
  }

  #setBusy(busy: boolean, text = ''): void {
    this.hooks.busy = busy;
    this.#header.setBusy(busy ? text : '');
  }
}
