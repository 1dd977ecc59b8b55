/** Table of villages: sortable, searchable, filtered by kecamatan or to the loci. */
import type { Dataset } from '../data/dataset.ts';
import { h, replace } from '../dom.ts';
import { fmt, t, tk } from '../i18n/index.ts';
import type { RunSummary } from '../worker/protocol.ts';

type Column = 'rank' | 'code' | 'name' | 'kecamatan' | 'score' | 'reason';

export interface TablePanelOptions {
  readonly onSelect: (row: number) => void;
}

const MAX_ROWS = 1000;

export class TablePanel {
  readonly element: HTMLElement;
  readonly #options: TablePanelOptions;
  #ds: Dataset | null = null;
  #summary: RunSummary | null = null;
  #sort: Column = 'rank';
  #ascending = true;
  #query = '';
  #kecamatan = '';
  #selectedOnly = false;
  #highlighted: number | null = null;
  readonly #body = h('tbody');
  readonly #head = h('thead');
  readonly #filters = h('div', { class: 'table-filters' });

  constructor(options: TablePanelOptions) {
    this.#options = options;
    this.element = h(
      'section',
      { class: 'panel table-panel', hidden: true, 'aria-label': t('viewTable') },
      this.#filters,
      h(
        'div',
        { class: 'table-scroll' },
        h('table', { class: 'village-table' }, this.#head, this.#body),
      ),
    );
  }

  setDataset(ds: Dataset): void {
    this.#ds = ds;
    const kec = new Map<string, string>();
    ds.table.kecamatan.forEach((k, i) => {
      if (!kec.has(k)) kec.set(k, ds.table.kecamatanName[i] || k);
    });
    replace(
      this.#filters,
      h('input', {
        type: 'search',
        id: 'table-search',
        placeholder: t('search'),
        'aria-label': t('search'),
        oninput: (e: Event) => {
          this.#query = (e.target as HTMLInputElement).value.toLowerCase();
          this.render();
        },
      }),
      h(
        'select',
        {
          id: 'table-kecamatan',
          'aria-label': t('kecamatan'),
          onchange: (e: Event) => {
            this.#kecamatan = (e.target as HTMLSelectElement).value;
            this.render();
          },
        },
        h('option', { value: '' }, t('allKecamatan')),
        ...[...kec]
          .sort((a, b) => a[1].localeCompare(b[1]))
          .map(([code, name]) => h('option', { value: code }, name)),
      ),
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          id: 'table-selected',
          onchange: (e: Event) => {
            this.#selectedOnly = (e.target as HTMLInputElement).checked;
            this.render();
          },
        }),
        t('selectedOnly'),
      ),
    );
    this.render();
  }

  setSummary(summary: RunSummary): void {
    this.#summary = summary;
    this.render();
  }

  #header(): void {
    const cols: [Column, string][] = [
      ['rank', t('rank')],
      ['code', t('code')],
      ['name', t('village')],
      ['kecamatan', t('kecamatan')],
      ['score', t('score')],
      ['reason', t('reason')],
    ];
    replace(
      this.#head,
      h(
        'tr',
        {},
        ...cols.map(([c, text]) =>
          h(
            'th',
            {
              scope: 'col',
              'aria-sort':
                this.#sort === c ? (this.#ascending ? 'ascending' : 'descending') : 'none',
            },
            h(
              'button',
              {
                type: 'button',
                'data-sort': c,
                onclick: () => {
                  if (this.#sort === c) this.#ascending = !this.#ascending;
                  else {
                    this.#sort = c;
                    this.#ascending = c !== 'score';
                  }
                  this.render();
                },
              },
              text,
            ),
          ),
        ),
      ),
    );
  }

  render(): void {
    const ds = this.#ds;
    const s = this.#summary;
    this.#header();
    if (!ds || !s || this.element.hidden) {
      this.#body.replaceChildren();
      return;
    }
    const tab = ds.table;
    const rows: number[] = [];
    for (let i = 0; i < tab.length; i++) {
      if (this.#kecamatan && tab.kecamatan[i] !== this.#kecamatan) continue;
      if (this.#selectedOnly && s.selected[i] !== 1) continue;
      if (this.#query && !`${tab.name[i]} ${tab.code[i]}`.toLowerCase().includes(this.#query))
        continue;
      rows.push(i);
    }
    const key = (i: number): number | string => {
      switch (this.#sort) {
        case 'rank':
          return Number.isFinite(s.rank[i]!) ? s.rank[i]! : Number.POSITIVE_INFINITY;
        case 'score':
          return Number.isFinite(s.score[i]!) ? s.score[i]! : Number.NEGATIVE_INFINITY;
        case 'code':
          return tab.code[i]!;
        case 'name':
          return tab.name[i]!;
        case 'kecamatan':
          return tab.kecamatanName[i] || tab.kecamatan[i]!;
        case 'reason':
          return s.reason[i] ?? '';
      }
    };
    const dir = this.#ascending ? 1 : -1;
    rows.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const c =
        typeof ka === 'number' && typeof kb === 'number'
          ? ka - kb
          : String(ka).localeCompare(String(kb));
      return c !== 0 ? c * dir : tab.code[a]!.localeCompare(tab.code[b]!);
    });
    this.#body.replaceChildren(
      ...rows.slice(0, MAX_ROWS).map((i) =>
        h(
          'tr',
          {
            'data-row': i,
            'data-code': tab.code[i]!,
            class: `${s.selected[i] === 1 ? 'locus' : ''}${i === this.#highlighted ? ' highlighted' : ''}`,
            'aria-selected': i === this.#highlighted ? 'true' : 'false',
            tabindex: 0,
            onclick: () => this.#options.onSelect(i),
            onkeydown: (e: Event) => {
              if ((e as KeyboardEvent).key === 'Enter') this.#options.onSelect(i);
            },
          },
          h('td', { class: 'num' }, fmt(s.rank[i]!, 0)),
          h('td', {}, tab.code[i]!),
          h('td', { class: 'name' }, tab.name[i]!),
          h('td', {}, tab.kecamatanName[i] || tab.kecamatan[i]!),
          h('td', { class: 'num' }, fmt(s.score[i]!, 2)),
          h('td', {}, tk(`reason_${s.reason[i] ?? 'unranked'}`)),
        ),
      ),
    );
  }

  /** Highlights a row (from a map click) and scrolls it into view. */
  highlight(row: number | null): void {
    this.#highlighted = row;
    for (const tr of this.#body.querySelectorAll('tr.highlighted')) {
      tr.classList.remove('highlighted');
      tr.setAttribute('aria-selected', 'false');
    }
    if (row === null) return;
    const tr = this.#body.querySelector(`tr[data-row="${row}"]`);
    if (tr) {
      tr.classList.add('highlighted');
      tr.setAttribute('aria-selected', 'true');
      tr.scrollIntoView({ block: 'nearest' });
    }
  }
}
