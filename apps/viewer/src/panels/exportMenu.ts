/**
 * Export: ranked CSV and XLSX (with scenario and provenance), GeoJSON with results (all through
 * the `@lokus/io` writers, in the worker), a PNG of the map with legend, title and attribution,
 * the scenario as JSON, and a link to the current view.
 */
import type { App } from '../app.ts';
import { download, h } from '../dom.ts';
import { label, t } from '../i18n/index.ts';
import { composePng } from '../map/composePng.ts';

export class ExportMenu {
  readonly element: HTMLDetailsElement;
  readonly #app: App;
  readonly #status = h('span', { class: 'export-status', role: 'status' });

  constructor(app: App) {
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

  async #png(): Promise<void> {
    const app = this.#app;
    await app.villageMap.idle();
    const ds = app.dataset;
    const blob = await composePng(app.villageMap.map.getCanvas(), {
      title: `${ds ? label(ds.name) : ''} — ${app.store.state.scenario?.name ?? ''}`,
      subtitle: app.hooks.summary ? `${app.hooks.summary.selectedCount} ${t('selected')}` : '',
      legends: app.legends,
      attribution: ds?.attribution ?? [],
    });
    if (blob) download(`${this.#base()}.png`, blob, 'image/png');
  }

  #scenario(): void {
    const s = this.#app.store.state.scenario;
    if (s) download(`${this.#base()}.json`, `${JSON.stringify(s, null, 2)}\n`, 'application/json');
  }
}
