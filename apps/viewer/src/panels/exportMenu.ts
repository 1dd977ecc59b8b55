/**
 * Export: ranked CSV and XLSX (with scenario and provenance), GeoJSON with results (all written
 * in the worker), a fixed-size PNG of the whole district with title, legend, scale bar, north
 * arrow and attribution, the scenario as JSON, and a link to the current view.
 */
import type { Controller } from '../controller.ts';
import { download, h } from '../dom.ts';
import { fmt, label, t } from '../i18n/index.ts';
import { composePng, PNG_MAP } from '../map/composePng.ts';
import { renderStill } from '../map/stillMap.ts';

/** What the last image export drew (read by the browser tests). */
export interface ExportRecord {
  readonly kind: 'png';
  readonly width: number;
  readonly height: number;
  readonly texts: readonly string[];
  /** Codes of the loci drawn in the picture, and of the loci of the result shown. */
  readonly lociDrawn: readonly string[];
  readonly lociExpected: readonly string[];
}

declare global {
  interface Window {
    __lokusExport?: ExportRecord;
  }
}

/** The map title of the current result: district, then scenario, year and number of loci. */
export function mapTitle(app: Controller): { title: string; subtitle: string } {
  const ds = app.dataset;
  const scenario = app.store.state.scenario;
  const summary = app.hooks.summary;
  const parts = [
    scenario?.name ?? '',
    scenario?.year ? `${t('year')} ${scenario.year}` : '',
    summary ? t('lociOnMap', { n: fmt(summary.selectedCount, 0) }) : '',
  ];
  return { title: ds ? label(ds.name) : '', subtitle: parts.filter(Boolean).join(' · ') };
}

export class ExportMenu {
  readonly element: HTMLDetailsElement;
  readonly #app: Controller;
  readonly #status = h('span', { class: 'export-status', role: 'status' });

  constructor(app: Controller) {
    this.#app = app;
    const item = (id: string, text: string, action: () => Promise<void> | void) =>
      h('li', {}, h('button', { type: 'button', id, onclick: () => void action() }, text));
    this.element = h(
      'details',
      { class: 'export-menu' },
      h('summary', { id: 'export-toggle' }, t('export')),
      h(
        'ul',
        { class: 'menu' },
        item('export-csv', t('exportCsv'), () => this.#data('csv')),
        item('export-xlsx', t('exportXlsx'), () => this.#data('xlsx')),
        item('export-geojson', t('exportGeoJson'), () => this.#data('geojson')),
        item('export-png', t('exportPng'), () => this.#png()),
        item('export-scenario', t('exportScenario'), () => this.#scenario()),
        item('copy-link', t('copyLink'), () => navigator.clipboard?.writeText(location.href)),
      ),
      this.#status,
    );
  }

  #base(): string {
    const ds = this.#app.dataset;
    const name = this.#app.store.state.scenario?.name ?? 'skenario';
    return `lokus-${ds?.id ?? 'data'}-${name}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '');
  }

  async #data(format: 'csv' | 'xlsx' | 'geojson'): Promise<void> {
    const res = await this.#app.worker.request({ type: 'export', slot: 'a', format });
    if (res.type !== 'export' || res.data === null) {
      this.#status.textContent = `${format.toUpperCase()}: ${t('unavailable')}`;
      return;
    }
    const type =
      format === 'csv'
        ? 'text/csv;charset=utf-8'
        : format === 'xlsx'
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'application/geo+json';
    const data = res.data;
    download(
      `${this.#base()}.${format}`,
      typeof data === 'string' ? data : new Uint8Array(data),
      type,
    );
  }

  /** The whole district at a fixed size, whatever the screen shows. */
  async #png(): Promise<void> {
    const app = this.#app;
    const ds = app.dataset;
    const still = await renderStill(app.villageMap, PNG_MAP.width, PNG_MAP.height);
    if (!ds || !still) {
      this.#status.textContent = `PNG: ${t('unavailable')}`;
      return;
    }
    const composed = await composePng(still, {
      ...mapTitle(app),
      legends: app.legends,
      attribution: ds.attribution,
    });
    const selected = app.hooks.summary?.selected;
    const expected = ds.table.code.filter((_, i) => selected?.[i] === 1);
    window.__lokusExport = {
      kind: 'png',
      width: composed.width,
      height: composed.height,
      texts: composed.texts,
      lociDrawn: still.lociDrawn,
      lociExpected: [...expected].sort(),
    };
    if (composed.blob) download(`${this.#base()}.png`, composed.blob, 'image/png');
  }

  #scenario(): void {
    const s = this.#app.store.state.scenario;
    if (s) download(`${this.#base()}.json`, `${JSON.stringify(s, null, 2)}\n`, 'application/json');
  }
}
