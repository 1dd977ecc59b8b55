/**
 * The header: dataset name and selector, the synthetic badge, the view tabs, the busy indicator,
 * the load and export buttons and the language switch.
 */
import type { Label } from '@lokus/core';
import { h, replace } from '../dom.ts';
import { label, t } from '../i18n/index.ts';
import type { View } from '../state/store.ts';

/** One choice of the dataset selector. */
export interface DatasetChoice {
  readonly id: string;
  readonly name: Label;
}

export interface HeaderOptions {
  readonly onDataset: (id: string) => void;
  readonly onView: (view: View) => void;
  readonly onLoad: () => void;
  readonly onLanguage: () => void;
  readonly exportMenu: HTMLElement;
  readonly locale: 'id' | 'en';
}

const VIEWS = [
  ['map', 'viewMap'],
  ['compare', 'viewCompare'],
  ['table', 'viewTable'],
] as const;

export class Header {
  readonly element: HTMLElement;
  readonly #title = h('span', { class: 'dataset-name' });
  readonly #picker = h('select', { id: 'dataset', 'aria-label': t('dataset') });
  readonly #badge = h('span', { class: 'badge synthetic', hidden: true }, t('synthetic'));
  readonly #tabs = h('nav', { class: 'tabs', 'aria-label': 'views' });
  readonly #busy = h('span', { class: 'busy', role: 'status', 'aria-live': 'polite' });
  readonly #options: HeaderOptions;

  constructor(options: HeaderOptions) {
    this.#options = options;
    this.#picker.addEventListener('change', () => options.onDataset(this.#picker.value));
    this.element = h(
      'header',
      { class: 'top' },
      h('h1', {}, 'lokus'),
      this.#title,
      this.#picker,
      this.#badge,
      this.#tabs,
      this.#busy,
      h('div', { class: 'spacer' }),
      h(
        'button',
        { type: 'button', id: 'open-load', onclick: () => options.onLoad() },
        t('loadData'),
      ),
      options.exportMenu,
      h(
        'button',
        {
          type: 'button',
          class: 'lang',
          // The visible text starts the accessible name (WCAG 2.5.3, label in name).
          'aria-label': `${options.locale === 'id' ? 'EN' : 'ID'} · ${t('language')}`,
          onclick: () => options.onLanguage(),
        },
        options.locale === 'id' ? 'EN' : 'ID',
      ),
    );
  }

  /** Shows the open dataset and every dataset the selector offers. */
  setDatasets(choices: readonly DatasetChoice[], current: string, synthetic: boolean): void {
    const open = choices.find((c) => c.id === current);
    replace(this.#title, open ? label(open.name) : '');
    replace(
      this.#picker,
      ...choices.map((c) =>
        h('option', { value: c.id, selected: c.id === current }, label(c.name)),
      ),
    );
    this.#picker.value = current;
    this.#picker.hidden = choices.length < 2;
    this.#badge.hidden = !synthetic;
  }

  setView(view: View): void {
    replace(
      this.#tabs,
      ...VIEWS.map(([v, key]) =>
        h(
          'button',
          {
            type: 'button',
            id: `tab-${v}`,
            'aria-pressed': view === v ? 'true' : 'false',
            onclick: () => this.#options.onView(v),
          },
          t(key),
        ),
      ),
    );
  }

  setBusy(text: string): void {
    this.#busy.textContent = text;
    this.#busy.classList.toggle('on', text !== '');
  }
}
