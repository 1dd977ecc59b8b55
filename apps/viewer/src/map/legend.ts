/** The legend box: title, swatches and an optional continuous ramp. */
import { h, replace } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { Legend } from './palette.ts';

/** Renders legends (fill, then an optional overlay) into `el`. */
export function renderLegend(el: HTMLElement, legends: readonly Legend[]): void {
  replace(
    el,
    h('h3', { class: 'sr-only' }, t('legend')),
    ...legends.map((legend) =>
      h(
        'div',
        { class: 'legend-block' },
        h('div', { class: 'legend-title' }, legend.title),
        ...(legend.notes ?? []).map((note) =>
          h('div', { class: 'legend-note', style: 'font-size:12px;color:#333' }, note),
        ),
        legend.ramp
          ? h(
              'div',
              { class: 'legend-ramp' },
              h('span', {}, legend.ramp.low),
              h('span', { class: 'ramp', style: `background:${legend.ramp.gradient}` }),
              h('span', {}, legend.ramp.high),
            )
          : null,
        h(
          'ul',
          {},
          ...legend.items.map((item) =>
            h(
              'li',
              { 'data-colour': item.colour },
              h('span', { class: 'swatch', style: `background:${item.colour}` }),
              h('span', {}, item.label),
            ),
          ),
        ),
      ),
    ),
  );
}
