/**
 * Load your own data: a village table (CSV/XLSX) and boundaries (GeoJSON/TopoJSON/zipped
 * Shapefile) by file picker or drag and drop. The readers' diagnostics and the join report are
 * shown before anything is drawn; the data are used only on confirmation and when error-free.
 */
import type { ColumnInput, Diagnostic, VillageTable } from '@lokus/core';
import type { FeatureCollection, Geometry } from 'geojson';
import { scenarioFromRoles, suggestRoles } from '../data/columnMapping.ts';
import { type Dataset, prepareDataset } from '../data/dataset.ts';
import { readBoundaryFile, readTableFile } from '../data/io.ts';
import { h, replace } from '../dom.ts';
import { fmt, t, tk } from '../i18n/index.ts';

export interface LoadDialogOptions {
  readonly onUse: (ds: Dataset) => void;
}

const BOUNDARY = /\.(geojson|json|topojson|zip)$/i;

/** A list of diagnostics; every text goes through textContent. */
export function diagnosticList(diagnostics: readonly Diagnostic[]): HTMLElement {
  if (diagnostics.length === 0) return h('p', { class: 'ok' }, t('noDiagnostics'));
  return h(
    'ul',
    { class: 'diag-list' },
    ...diagnostics
      .slice(0, 300)
      .map((d) =>
        h(
          'li',
          { class: `diag ${d.severity}`, 'data-code': d.code },
          h('strong', {}, `${tk(d.severity)} `),
          h('code', {}, d.code),
          d.file ? ` ${d.file}` : '',
          d.row !== undefined ? ` · ${t('row')} ${d.row}` : '',
          d.column ? ` · ${d.column}` : '',
          d.value !== undefined ? ` · «${String(d.value)}»` : '',
          h('div', { class: 'diag-message' }, d.message),
        ),
      ),
  );
}

/** List items for the first 50 unmatched villages of one side of the join, with the best suggestion. */
function unmatchedItems(
  unmatched: readonly {
    readonly code: string;
    readonly name: string;
    readonly suggestions: readonly { readonly code: string; readonly name: string }[];
  }[],
): HTMLElement[] {
  return unmatched
    .slice(0, 50)
    .map((u) =>
      h(
        'li',
        {},
        `${u.code} ${u.name}`,
        u.suggestions[0]
          ? ` — ${t('suggestion')}: ${u.suggestions[0].code} ${u.suggestions[0].name}`
          : '',
      ),
    );
}

export class LoadDialog {
  readonly element: HTMLDialogElement;
  readonly #options: LoadDialogOptions;
  #table: {
    file: string;
    table: VillageTable | null;
    diagnostics: readonly Diagnostic[];
    columns: readonly ColumnInput[];
  } | null = null;
  #bounds: {
    file: string;
    fc: FeatureCollection<Geometry | null> | null;
    diagnostics: readonly Diagnostic[];
  } | null = null;
  #prepared: Dataset | null = null;
  readonly #report = h('div', { class: 'load-report', 'aria-live': 'polite' });
  readonly #use: HTMLButtonElement;
  readonly #fallbackBoundaries: () => FeatureCollection<Geometry | null> | null;

  constructor(
    options: LoadDialogOptions,
    fallbackBoundaries: () => FeatureCollection<Geometry | null> | null = () => null,
  ) {
    this.#options = options;
    this.#fallbackBoundaries = fallbackBoundaries;
    this.#use = h(
      'button',
      { type: 'button', id: 'load-use', disabled: true, onclick: () => this.#confirm() },
      t('useData'),
    );
    const tableInput = h('input', {
      type: 'file',
      id: 'load-table',
      accept: '.csv,.txt,.xlsx,.xls',
      onchange: (e: Event) => void this.#files((e.target as HTMLInputElement).files),
    });
    const boundaryInput = h('input', {
      type: 'file',
      id: 'load-boundaries',
      accept: '.geojson,.json,.topojson,.zip',
      onchange: (e: Event) => void this.#files((e.target as HTMLInputElement).files),
    });
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
    this.element = h(
      'dialog',
      { class: 'load-dialog', 'aria-labelledby': 'load-title' },
      h('h2', { id: 'load-title' }, t('loadTitle')),
      h('label', { for: 'load-table', class: 'field' }, h('span', {}, t('tableFile')), tableInput),
      h(
        'label',
        { for: 'load-boundaries', class: 'field' },
        h('span', {}, t('boundaryFile')),
        boundaryInput,
      ),
      drop,
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

  open(): void {
    this.element.showModal();
  }

  async #files(list: FileList | null): Promise<void> {
    for (const file of Array.from(list ?? [])) {
      const bytes = await file.arrayBuffer();
      if (BOUNDARY.test(file.name)) {
        const r = await readBoundaryFile(file.name, bytes);
        this.#bounds = { file: file.name, fc: r.featureCollection, diagnostics: r.diagnostics };
      } else {
        const r = await readTableFile(file.name, bytes);
        this.#table = { file: file.name, ...r };
      }
    }
    this.#review();
  }

  #review(): void {
    const diagnostics = [...(this.#table?.diagnostics ?? []), ...(this.#bounds?.diagnostics ?? [])];
    const table = this.#table?.table ?? null;
    const fc = this.#bounds?.fc ?? this.#fallbackBoundaries();
    this.#prepared = null;
    let joinPart: HTMLElement | null = null;
    const file = this.#table?.file ?? '';
    const mapped = this.#table
      ? scenarioFromRoles(suggestRoles(this.#table.columns), file)
      : { scenario: null, diagnostics: [] };
    diagnostics.push(...mapped.diagnostics);
    if (table && fc && mapped.scenario) {
      const ds = prepareDataset(table, fc, {
        id: 'upload',
        synthetic: false,
        name: { id: this.#table?.file ?? '', en: this.#table?.file ?? '' },
        attribution: [this.#table?.file ?? '', this.#bounds?.file ?? ''].filter((x) => x !== ''),
        diagnostics,
        catalog: mapped.scenario.indicators,
        defaultScenario: mapped.scenario,
      });
      this.#prepared = ds;
      const j = ds.join;
      joinPart = h(
        'section',
        { class: 'join-report' },
        h('h3', {}, t('joinReport')),
        h('p', { id: 'join-matched' }, `${fmt(j.matched, 0)} ${t('matched')}`),
        h('h4', {}, `${t('unmatchedTable')} (${j.unmatchedTable.length})`),
        h('ul', {}, ...unmatchedItems(j.unmatchedTable)),
        h('h4', {}, `${t('unmatchedBoundaries')} (${j.unmatchedBoundaries.length})`),
        h('ul', {}, ...unmatchedItems(j.unmatchedBoundaries)),
      );
    }
    const hasError = diagnostics.some((d) => d.severity === 'error');
    this.#use.disabled = hasError || this.#prepared === null;
    replace(
      this.#report,
      h('h3', {}, t('diagnostics')),
      diagnosticList(diagnostics),
      joinPart,
      hasError ? h('p', { class: 'error-block' }, t('errorsBlock')) : null,
    );
  }

  #confirm(): void {
    if (!this.#prepared) return;
    this.element.close();
    this.#options.onUse(this.#prepared);
  }
}
