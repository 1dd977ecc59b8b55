/**
 * The print view's section "Desa borderline dan alasannya" (`robustnessSection` of
 * `@lokus/report`, computed in the robustness worker): the paragraphs with the thresholds, then
 * one row per borderline village with its probability, rank interval and reason. Layout only.
 */
import type { AnnexBorderline, AnnexRobustness } from '@lokus/report';
import { h } from '../dom.ts';

/** The text of one column of a borderline row. */
function cellText(v: AnnexBorderline, key: AnnexRobustness['columns'][number]['key']): string {
  if (key === 'baseLocus') return v.baseLocusText;
  if (key === 'probability') return v.probabilityText;
  if (key === 'rank') return v.rankText;
  return v[key];
}

/** The section as printed; its table rows carry `data-code`. */
export function printRobustness(section: AnnexRobustness): HTMLElement {
  const table =
    section.villages.length === 0
      ? h('p', { class: 'annex-note' }, section.empty)
      : h(
          'table',
          { class: 'annex-borderline' },
          h('thead', {}, h('tr', {}, ...section.columns.map((c) => h('th', {}, c.label)))),
          h(
            'tbody',
            {},
            ...section.villages.map((v) =>
              h(
                'tr',
                { 'data-code': v.code },
                ...section.columns.map((c) =>
                  h('td', c.align === 'right' ? { class: 'num' } : {}, cellText(v, c.key)),
                ),
              ),
            ),
          ),
        );
  return h(
    'section',
    { class: 'robustness' },
    h('h2', {}, section.title),
    ...section.paragraphs.map((p) => h('p', {}, p)),
    table,
  );
}
