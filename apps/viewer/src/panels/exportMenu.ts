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
import { outsideSources } from '../offline/outsideSources.ts';
import { renderPrintAnnex } from '../views/printAnnex.ts';
import { robustnessAnnexSection } from './robustnessPanel.ts';

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
  #printedWithPicture = false;

  constructor(app: Controller) {
    this.#app = app;
    // A choice closes the menu, so its list never lies over the next menu's items.
    const menu = h('details', { class: 'export-menu' });
    const item = (id: string, text: string, action: () => Promise<void> | void) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            id,
            onclick: () => {
              menu.removeAttribute('open');
              void action();
            },
          },
          text,
        ),
      );
    menu.append(
      h('summary', { id: 'export-toggle' }, t('export')),
      h(
        'ul',
        { class: 'menu' },
        item('export-csv', t('exportCsv'), () => this.#data('csv')),
        item('export-csv-id', t('exportCsvId'), () => this.#data('csv-id')),
        item('export-xlsx', t('exportXlsx'), () => this.#data('xlsx')),
        item('export-geojson', t('exportGeoJson'), () => this.#data('geojson')),
        item('export-png', t('exportPng'), () => this.#png()),
        item('export-print', t('exportPrint'), () => this.#print()),
        item('export-scenario', t('exportScenario'), () => this.#scenario()),
        item('copy-link', t('copyLink'), () => navigator.clipboard?.writeText(location.href)),
      ),
      this.#status,
    );
    this.element = menu;
    this.#keepAnnexReady();
  }

  /**
   * Ctrl+P prints the annex, not the controls: the annex text follows each drawn result once it
   * has stood for a 2 s check (so a weight drag never queues annexes in the worker), and the map
   * picture is the live map at print time.
   */
  #keepAnnexReady(): void {
    let seen = -1;
    let previous = -1;
    let busy = false;
    setInterval(() => {
      const applied = this.#app.hooks.applied;
      const settled = applied === previous;
      previous = applied;
      if (!settled || applied === seen || busy || this.#app.hooks.busy) return;
      seen = applied;
      busy = true;
      void this.prepareAnnex(false).finally(() => {
        busy = false;
      });
    }, 2000);
    addEventListener('beforeprint', () => {
      const img = document.querySelector<HTMLImageElement>('#print-annex img.annex-map');
      const live = this.#printedWithPicture ? null : liveMapImage(this.#app);
      if (img && live) img.src = live;
      this.#printedWithPicture = false;
    });
  }

  #base(): string {
    const ds = this.#app.dataset;
    const name = this.#app.store.state.scenario?.name ?? 'skenario';
    return `lokus-${ds?.id ?? 'data'}-${name}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '');
  }

  async #data(format: 'csv' | 'csv-id' | 'xlsx' | 'geojson'): Promise<void> {
    const res = await this.#app.worker.request({ type: 'export', slot: 'a', format });
    if (res.type !== 'export' || res.data === null) {
      this.#status.textContent = `${format.toUpperCase()}: ${t('unavailable')}`;
      return;
    }
    const type =
      format === 'csv' || format === 'csv-id'
        ? 'text/csv;charset=utf-8'
        : format === 'xlsx'
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'application/geo+json';
    const data = res.data;
    download(
      format === 'csv-id' ? `${this.#base()}-excel-id.csv` : `${this.#base()}.${format}`,
      typeof data === 'string' ? data : new Uint8Array(data),
      type,
    );
  }

  /** The whole district at a fixed size, whatever the screen shows, with its furniture. */
  async #picture(): Promise<Blob | null> {
    const app = this.#app;
    const ds = app.dataset;
    const still = await renderStill(app.villageMap, PNG_MAP.width, PNG_MAP.height);
    if (!ds || !still) return null;
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
    return composed.blob;
  }

  async #png(): Promise<void> {
    const blob = await this.#picture();
    if (blob) download(`${this.#base()}.png`, blob, 'image/png');
    else this.#status.textContent = `PNG: ${t('unavailable')}`;
  }

  /**
   * Fills the print section with the annex (content from `buildAnnex` in the worker). With
   * `withPicture` the map is the whole district's picture (the live map if it cannot be drawn);
   * without, the picture is left to print time, when `beforeprint` puts in the live map.
   */
  async prepareAnnex(withPicture: boolean): Promise<boolean> {
    const app = this.#app;
    const ds = app.dataset;
    const res = await app.worker.request({
      type: 'annex',
      slot: 'a',
      lang: app.store.state.locale,
      districtName: ds ? label(ds.name).replace(/^(Kabupaten|Kota) /, '') : undefined,
      attributions: ds?.attribution ?? [],
      outsideSources: outsideSources(app.store.state),
    });
    if (res.type !== 'annex' || !res.annex) return false;
    const blob = withPicture ? await this.#picture() : null;
    const image = !withPicture ? '' : blob ? await dataUrl(blob) : liveMapImage(app);
    const robustness = robustnessAnnexSection(app.store.state.locale);
    renderPrintAnnex(robustness ? { ...res.annex, robustness } : res.annex, image);
    return true;
  }

  /** The annex with the whole district's picture, then the browser's print dialog. */
  async #print(): Promise<void> {
    if (await this.prepareAnnex(true)) {
      this.#printedWithPicture = true;
      window.print();
    } else this.#status.textContent = `${t('exportPrint')}: ${t('unavailable')}`;
  }

  /** The scenario as JSON, with the outside origins the map loaded from (none: `[]`). */
  #scenario(): void {
    const state = this.#app.store.state;
    if (!state.scenario) return;
    const s = { ...state.scenario, outsideSources: outsideSources(state) };
    download(`${this.#base()}.json`, `${JSON.stringify(s, null, 2)}\n`, 'application/json');
  }
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsDataURL(blob);
  });
}

/** The map as shown now (the canvas keeps its drawing buffer), for a print started with Ctrl+P. */
function liveMapImage(app: Controller): string | null {
  try {
    return app.villageMap.map.getCanvas().toDataURL('image/png');
  } catch {
    return null;
  }
}
