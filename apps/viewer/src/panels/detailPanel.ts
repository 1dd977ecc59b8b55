/**
 * Detail of one village from `explainVillage`: indicator values, rank overall and in its
 * kecamatan, the selection reason, the contribution chart (SVG bars) and the report paragraph.
 */
import type { VillageExplanation } from '@lokus/core';
import { h, replace, svg } from '../dom.ts';
import { fmt, label, t, tk } from '../i18n/index.ts';

/** Horizontal bars of each indicator's contribution, zero line in the middle when negative. */
function contributionChart(e: VillageExplanation): SVGElement {
  const rows = e.indicators;
  const width = 300;
  const barH = 16;
  const gap = 6;
  const labelW = 130;
  const max = Math.max(1e-12, ...rows.map((r) => Math.abs(r.contribution)));
  const hasNeg = rows.some((r) => r.contribution < 0);
  const x0 = hasNeg ? labelW + (width - labelW) / 2 : labelW;
  const span = hasNeg ? (width - labelW) / 2 - 4 : width - labelW - 50;
  const height = rows.length * (barH + gap) + 4;
  const chart = svg('svg', {
    class: 'contrib-chart',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': t('contributions'),
  });
  rows.forEach((r, i) => {
    const y = i * (barH + gap) + 2;
    const len = (Math.abs(r.contribution) / max) * span;
    const x = r.contribution >= 0 ? x0 : x0 - len;
    const name = label(r.label, r.id);
    chart.append(
      svg(
        'text',
        { x: 0, y: y + barH - 4, class: 'bar-label' },
        name.length > 22 ? `${name.slice(0, 21)}…` : name,
      ),
      svg('rect', {
        x,
        y,
        width: Math.max(len, 0.5),
        height: barH,
        class: r.relative > 0 ? 'bar driver' : 'bar',
      }),
      svg('text', { x: x + len + 4, y: y + barH - 4, class: 'bar-value' }, fmt(r.contribution)),
    );
  });
  chart.append(svg('line', { x1: x0, x2: x0, y1: 0, y2: height, class: 'axis' }));
  return chart;
}

export class DetailPanel {
  readonly element: HTMLElement;
  /** Shown under a village's detail: other panels' parts of it (e.g. the action plan). */
  readonly extra: HTMLElement = h('div', { class: 'detail-extra' });

  constructor(onClose: () => void) {
    this.element = h('section', {
      class: 'panel detail-panel',
      'aria-live': 'polite',
      'aria-label': t('village'),
    });
    this.#onClose = onClose;
    this.clear();
  }

  readonly #onClose: () => void;

  clear(): void {
    replace(this.element, h('p', { class: 'hint' }, t('detailHint')));
  }

  show(e: VillageExplanation): void {
    const copy = h('button', { type: 'button', class: 'copy' }, t('copy'));
    copy.addEventListener('click', () => {
      void navigator.clipboard?.writeText(e.text).then(() => {
        copy.textContent = t('copied');
      });
    });
    replace(
      this.element,
      h(
        'header',
        {},
        h('h2', { class: 'village-name' }, e.name || e.code),
        h(
          'button',
          {
            type: 'button',
            class: 'close',
            'aria-label': t('close'),
            onclick: () => this.#onClose(),
          },
          '×',
        ),
      ),
      h(
        'p',
        { class: 'village-meta' },
        `${e.code} · ${t('kecamatan')} ${e.kecamatanName || e.kecamatan} · ${e.kind}`,
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, t('rank')),
        h('dd', { class: 'rank' }, `${fmt(e.rank, 0)} ${t('rankOf')} ${fmt(e.rankedCount, 0)}`),
        h('dt', {}, t('rankInKecamatan')),
        h('dd', {}, `${fmt(e.rankInKecamatan, 0)} ${t('rankOf')} ${fmt(e.rankedInKecamatan, 0)}`),
        h('dt', {}, t('score')),
        h('dd', {}, fmt(e.score, 3)),
        h('dt', {}, t('reason')),
        h(
          'dd',
          { class: e.selected ? 'reason selected' : 'reason' },
          `${e.selected ? `${t('selected')}: ` : ''}${tk(`reason_${e.reason}`)}`,
        ),
      ),
      h(
        'table',
        { class: 'indicator-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('indicators')),
            h('th', { scope: 'col' }, t('value')),
            h('th', { scope: 'col' }, t('normalised')),
            h('th', { scope: 'col' }, t('contribution')),
          ),
        ),
        h(
          'tbody',
          {},
          ...e.indicators.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, label(r.label, r.id)),
              h('td', {}, `${fmt(r.raw)}${r.unit ? ` ${r.unit}` : ''}${r.imputed ? ' *' : ''}`),
              h('td', {}, fmt(r.normalised)),
              h('td', {}, fmt(r.contribution, 2)),
            ),
          ),
        ),
      ),
      h('h3', {}, t('contributions')),
      contributionChart(e),
      h('h3', {}, t('paragraph')),
      h('p', { class: 'paragraph' }, e.text),
      copy,
      this.extra,
    );
  }
}
