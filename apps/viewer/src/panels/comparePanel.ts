/** Compare A with B: summary figures and the entered/left lists from `compareResults`. */
import type { Comparison, SelectionChange } from '@lokus/core';
import { h, replace } from '../dom.ts';
import { fmt, label, pct, t, tk } from '../i18n/index.ts';

/** The drivers worth naming: a change that shows at three decimals (not "+0"). */
function drivers(c: SelectionChange): SelectionChange['drivers'] {
  return c.drivers.filter((d) => Math.abs(d.change) >= 0.0005);
}

export interface ComparePanelOptions {
  readonly onSelect: (code: string) => void;
}

export class ComparePanel {
  readonly element: HTMLElement;
  readonly #options: ComparePanelOptions;

  constructor(options: ComparePanelOptions) {
    this.#options = options;
    this.element = h('section', {
      class: 'panel compare-panel',
      'aria-label': t('viewCompare'),
      hidden: true,
    });
  }

  #list(title: string, changes: readonly SelectionChange[], cls: string): HTMLElement {
    return h(
      'div',
      { class: cls },
      h('h3', {}, `${title} (${changes.length})`),
      h(
        'ul',
        {},
        ...changes.map((c) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => this.#options.onSelect(c.code) },
              c.name || c.code,
            ),
            ` ${t('rank')} ${fmt(c.rankA, 0)} → ${fmt(c.rankB, 0)}; ${tk(`reason_${c.reasonA}`)} → ${tk(`reason_${c.reasonB}`)}`,
            drivers(c).length > 0
              ? h(
                  'div',
                  { class: 'drivers' },
                  `${t('drivers')}: ${drivers(c)
                    .map(
                      (d) =>
                        `${label(d.label, d.id)} (${d.change >= 0 ? '+' : ''}${fmt(d.change, 3)})`,
                    )
                    .join(', ')}`,
                )
              : null,
          ),
        ),
      ),
    );
  }

  show(c: Comparison | null): void {
    if (!c) {
      replace(this.element, h('p', {}, '–'));
      return;
    }
    replace(
      this.element,
      h('h2', {}, `${t('scenarioA')} ↔ ${t('scenarioB')}`),
      h(
        'dl',
        { class: 'facts compare-figures' },
        h('dt', {}, t('spearman')),
        h('dd', { id: 'cmp-spearman' }, fmt(c.spearman, 3)),
        h('dt', {}, t('kendall')),
        h('dd', { id: 'cmp-kendall' }, fmt(c.kendallTauB, 3)),
        h('dt', {}, t('overlap')),
        h(
          'dd',
          { id: 'cmp-jaccard' },
          `${pct(c.jaccard)} (${fmt(c.selectedBoth, 0)} / ${fmt(c.selectedA, 0)} · ${fmt(c.selectedB, 0)})`,
        ),
      ),
      this.#list(t('entered'), c.entered, 'entered'),
      this.#list(t('left'), c.left, 'left'),
    );
  }
}
