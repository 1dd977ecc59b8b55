/**
 * Load your own data: a village table (CSV/XLSX) and boundaries (GeoJSON/TopoJSON/zipped
 * Shapefile) by file picker or drag and drop, with the readers' options. Before anything is
 * drawn the dialog shows the readers' diagnostics in the UI's language, the join report (rows
 * without a boundary: accept the close match or leave them out) and the column mapping; the
 * data are used only on confirmation, when nothing blocks them. Any failure while reading is
 * shown with the file's name; the dialog never dies.
 */
import { columnRolesFromScenario, type Diagnostic, type Scenario } from '@lokus/core';
import { type JoinResult, joinByCode } from '@lokus/geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { scenarioFromRoles, suggestRoles } from '../data/columnMapping.ts';
import type { Dataset } from '../data/dataset.ts';
import type { ReaderOptions, ReadTable } from '../data/io.ts';
import type { NationalTiles } from '../data/nationalTiles.ts';
import { download, h, replace } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { registerPicker } from '../registers/registerPicker.ts';
import { assignments, ColumnMappingView, mappingRows } from './columnMappingView.ts';
import { diagnosticList, joinReport } from './loadReport.ts';
import { readerOptionsFields } from './readerOptions.ts';

export { diagnosticList } from './loadReport.ts';

export interface LoadDialogOptions {
  readonly onUse: (ds: Dataset) => void;
}

const BOUNDARY = /\.(geojson|json|topojson|zip|pmtiles)$/i;

interface Picked {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** What the review is built from; recomputed when files, options or choices change. */
interface Review {
  readonly diagnostics: Diagnostic[];
  readonly join: JoinResult | null;
  readonly scenario: Scenario | null;
  readonly blockers: string[];
}

export class LoadDialog {
  readonly element: HTMLDialogElement;
  readonly #options: LoadDialogOptions;
  readonly #fallbackBoundaries: () => FeatureCollection<Geometry | null> | null;
  #tableFile: Picked | null = null;
  #boundaryFile: Picked | null = null;
  #table: ReadTable | null = null;
  #bounds: {
    fc: FeatureCollection<Geometry | null> | null;
    diagnostics: readonly Diagnostic[];
  } | null = null;
  /** Boundaries picked as a PMTiles archive of `lokus tiles` (national mode), else null. */
  #tiles: NationalTiles | null = null;
  #failures: { file: string; message: string }[] = [];
  /** Files that could not be picked, per kind (table or boundaries). */
  readonly #pickFailures = new Map<'table' | 'boundaries', { file: string; message: string }>();
  #reader: ReaderOptions = {};
  #accepted = new Map<number, string>();
  #review: Review | null = null;
  readonly #mapping = new ColumnMappingView(() => this.#show());
  readonly #report = h('div', { class: 'load-report', 'aria-live': 'polite' });
  readonly #use: HTMLButtonElement;

  constructor(
    options: LoadDialogOptions,
    fallbackBoundaries: () => FeatureCollection<Geometry | null> | null = () => null,
  ) {
    this.#options = options;
    this.#fallbackBoundaries = fallbackBoundaries;
    this.#use = h(
      'button',
      { type: 'button', id: 'load-use', disabled: true, onclick: () => void this.#confirm() },
      t('useData'),
    );
    const pick = (id: string, accept: string, text: string) =>
      h(
        'label',
        { for: id, class: 'field' },
        h('span', {}, text),
        h('input', {
          type: 'file',
          id,
          accept,
          onchange: (e: Event) => void this.#files((e.target as HTMLInputElement).files),
        }),
      );
    this.element = h(
      'dialog',
      { class: 'load-dialog', 'aria-labelledby': 'load-title' },
      h('h2', { id: 'load-title' }, t('loadTitle')),
      pick('load-table', '.csv,.txt,.xlsx,.xls', t('tableFile')),
      pick('load-boundaries', '.geojson,.json,.topojson,.zip,.pmtiles', t('boundaryFile')),
      registerPicker((table) => {
        this.#tableFile = table;
        this.#pickFailures.delete('table');
        void this.#read();
      }),
      this.#dropZone(),
      readerOptionsFields((o) => {
        this.#reader = o;
        void this.#read();
      }),
      this.#report,
      h(
        'div',
        { class: 'dialog-buttons' },
        h(
          'button',
          { type: 'button', id: 'load-cancel', onclick: () => this.element.close() },
          t('cancel'),
        ),
        this.#use,
      ),
    );
  }

  #dropZone(): HTMLElement {
    const drop = h('div', { class: 'drop-zone', tabindex: 0 }, t('dropHere'));
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      void this.#files(e.dataTransfer?.files ?? null);
    });
    return drop;
  }

  open(): void {
    this.element.showModal();
  }

  async #files(list: FileList | null): Promise<void> {
    for (const file of Array.from(list ?? [])) {
      const slot = BOUNDARY.test(file.name) ? 'boundaries' : 'table';
      try {
        const picked = { name: file.name, bytes: await file.arrayBuffer() };
        if (slot === 'boundaries') this.#boundaryFile = picked;
        else this.#tableFile = picked;
        this.#pickFailures.delete(slot);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.#pickFailures.set(slot, { file: file.name, message });
      }
    }
    await this.#read();
  }

  /**
   * Reads the picked files with the current options; any exception becomes a shown error, as
   * does a file that could not be picked (until a file of its kind is picked).
   */
  async #read(): Promise<void> {
    this.#failures = [...this.#pickFailures.values()];
    this.#accepted = new Map();
    const failed = (file: string, error: unknown) =>
      this.#failures.push({
        file,
        message: error instanceof Error ? error.message : String(error),
      });
    const tf = this.#tableFile;
    const bf = this.#boundaryFile;
    this.#table = null;
    this.#bounds = null;
    // The readers (XLSX, Shapefile, projections) load with the first file, not with the page.
    let io: typeof import('../data/io.ts');
    try {
      io = await import('../data/io.ts');
    } catch (error) {
      failed(tf?.name ?? bf?.name ?? '', error);
      this.#review = null;
      return this.#render();
    }
    const { readBoundaryFile, readTableFile } = io;
    if (tf) {
      try {
        this.#table = await readTableFile(tf.name, tf.bytes, this.#reader);
      } catch (error) {
        failed(tf.name, error);
      }
    }
    this.#tiles = null;
    if (bf) {
      try {
        const r = /\.pmtiles$/i.test(bf.name)
          ? await this.#readTiles(bf.name, bf.bytes)
          : await readBoundaryFile(bf.name, bf.bytes, this.#reader);
        this.#bounds = { fc: r.featureCollection, diagnostics: r.diagnostics };
      } catch (error) {
        failed(bf.name, error);
      }
    }
    try {
      this.#mapping.show(this.#table ? mappingRows(suggestRoles(this.#table.columns)) : []);
      this.#show();
    } catch (error) {
      failed(tf?.name ?? bf?.name ?? '', error);
      this.#review = null;
      this.#render();
    }
  }

  /** A PMTiles archive: the map draws its tiles, the join reads the codes it lists. */
  async #readTiles(
    name: string,
    bytes: ArrayBuffer,
  ): Promise<{ featureCollection: FeatureCollection<null>; diagnostics: readonly Diagnostic[] }> {
    const { openNationalTiles } = await import('../data/nationalTiles.ts');
    const { codesCollection } = await import('../data/nationalDataset.ts');
    const opened = await openNationalTiles(new Blob([bytes]), name);
    this.#tiles = opened.tiles;
    return { featureCollection: codesCollection(opened.codes), diagnostics: [] };
  }

  /** Recomputes the review (join, scenario, blockers) and renders it. */
  #show(): void {
    try {
      this.#review = this.#compute();
    } catch (error) {
      this.#failures.push({
        file: this.#tableFile?.name ?? this.#boundaryFile?.name ?? '',
        message: error instanceof Error ? error.message : String(error),
      });
      this.#review = null;
    }
    this.#render();
  }

  #compute(): Review {
    const diagnostics = [...(this.#table?.diagnostics ?? []), ...(this.#bounds?.diagnostics ?? [])];
    const blockers: string[] = [];
    const table = this.#table?.table ?? null;
    const fc = this.#bounds?.fc ?? (this.#boundaryFile ? null : this.#fallbackBoundaries());
    if (!table) blockers.push(t('blockNoTable'));
    if (!fc) blockers.push(t('blockNoBoundaries'));
    let join: JoinResult | null = null;
    if (table && fc) {
      join = joinByCode(table, fc, {
        ...(this.#tableFile ? { tableFile: this.#tableFile.name } : {}),
        ...(this.#boundaryFile ? { boundaryFile: this.#boundaryFile.name } : {}),
      });
      if (join.refused || join.matched === 0) blockers.push(t('blockNoMatch'));
    }
    // An error on a row without a boundary (e.g. a malformed code) does not block: that row is
    // left out, or ranked under the boundary code the analyst accepts; the error stays shown.
    const unmatched = new Set(join?.unmatchedTable.map((u) => u.row) ?? []);
    const blocking = (d: Diagnostic) =>
      d.severity === 'error' && !(d.row !== undefined && unmatched.has(d.row - 1));
    if (diagnostics.some(blocking)) blockers.push(t('errorsBlock'));
    const { mapping, undecided } = assignments(this.#mapping.rows);
    if (undecided.length > 0) blockers.push(t('blockDirection', { columns: undecided.join(', ') }));
    let scenario: Scenario | null = null;
    if (table && undecided.length === 0) {
      const built = scenarioFromRoles(mapping, this.#tableFile?.name ?? '');
      scenario = built.scenario;
      if (!scenario) {
        blockers.push(t('blockNoIndicator'));
        diagnostics.push(...built.diagnostics);
      }
    }
    return { diagnostics, join, scenario, blockers };
  }

  #render(): void {
    const r = this.#review;
    const failures = this.#failures.map((f) =>
      h(
        'p',
        { class: 'error-block load-error', role: 'alert' },
        t('readFailed', { file: f.file, message: f.message }),
      ),
    );
    this.#use.disabled = r === null || r.blockers.length > 0 || this.#failures.length > 0;
    if (!r) {
      replace(this.#report, ...failures);
      return;
    }
    replace(
      this.#report,
      ...failures,
      h('h3', {}, t('diagnostics')),
      diagnosticList(r.diagnostics),
      r.join
        ? joinReport(r.join, this.#accepted, () => {
            this.#show();
          })
        : null,
      this.#table ? this.#mapping.element : null,
      this.#table ? this.#mappingButtons(r.scenario) : null,
      r.blockers.length > 0
        ? h(
            'ul',
            { class: 'error-block', id: 'load-blockers' },
            ...r.blockers.map((b) => h('li', {}, b)),
          )
        : null,
    );
  }

  #mappingButtons(scenario: Scenario | null): HTMLElement {
    const load = h('input', {
      type: 'file',
      id: 'mapping-load',
      accept: '.json,.yaml,.yml',
      onchange: (e: Event) => void this.#loadMapping((e.target as HTMLInputElement).files?.[0]),
    });
    return h(
      'div',
      { class: 'mapping-buttons' },
      h(
        'button',
        {
          type: 'button',
          id: 'mapping-save',
          disabled: scenario === null,
          onclick: () => {
            if (scenario)
              download(
                `${scenario.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`,
                `${JSON.stringify(scenario, null, 2)}\n`,
                'application/json',
              );
          },
        },
        t('mappingSave'),
      ),
      h('label', { for: 'mapping-load', class: 'field' }, h('span', {}, t('mappingLoad')), load),
    );
  }

  async #loadMapping(file: File | undefined): Promise<void> {
    if (!file || !this.#table) return;
    try {
      const { readScenarioFile } = await import('../data/io.ts');
      const read = readScenarioFile(file.name, await file.text());
      const roles = columnRolesFromScenario(read.scenario as Scenario, this.#table.columns).roles;
      this.#mapping.show(mappingRows(roles));
      this.#show();
    } catch (error) {
      this.#failures.push({
        file: file.name,
        message: error instanceof Error ? error.message : String(error),
      });
      this.#render();
    }
  }

  async #confirm(): Promise<void> {
    const r = this.#review;
    const read = this.#table;
    const fc = this.#bounds?.fc ?? (this.#boundaryFile ? null : this.#fallbackBoundaries());
    if (!r || r.blockers.length > 0 || !r.join || !r.scenario || !read || !fc) return;
    try {
      const { uploadDataset } = await import('../data/uploadDataset.ts');
      const ds = uploadDataset({
        tableFile: this.#tableFile?.name ?? '',
        boundaryFile: this.#boundaryFile?.name ?? '',
        records: read.records,
        boundaries: fc,
        join: r.join,
        accepted: this.#accepted,
        scenario: r.scenario,
        diagnostics: r.diagnostics,
      });
      this.element.close();
      this.#options.onUse(this.#tiles ? { ...ds, tiles: this.#tiles } : ds);
    } catch (error) {
      this.#failures.push({
        file: this.#tableFile?.name ?? '',
        message: error instanceof Error ? error.message : String(error),
      });
      this.#render();
    }
  }
}
