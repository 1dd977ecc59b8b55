/**
 * The print view's section "Rencana aksi pada lokus" (`planSection` of `@lokus/report`, built in
 * the worker with the plan's coverage): the paragraphs of totals, one row per locus (uncovered
 * loci in bold on a grey shade, as in the PDF annex) and the agencies assigned. Layout only.
 */
import type { AnnexPlan } from '@lokus/report';
import { h } from '../dom.ts';

const STYLE = `@media print {
  #print-annex .annex-plan tr.uncovered td { font-weight: 700; background: #e6e6e6; }
}`;

/** Adds the section's print rule once. */
function ensureStyle(): void {
  if (document.getElementById('print-plan-style')) return;
  const style = document.createElement('style');
  style.id = 'print-plan-style';
  style.textContent = STYLE;
  document.head.append(style);
}

/** The section as printed; its table rows carry `data-code` (and class `uncovered`). */
export function printPlan(section: AnnexPlan): HTMLElement {
  ensureStyle();
  return h(
    'section',
    { class: 'plan', id: 'print-plan' },
    h('h2', {}, section.title),
    ...section.paragraphs.map((p) => h('p', {}, p)),
    h(
      'table',
      { class: 'annex-plan' },
      h('thead', {}, h('tr', {}, ...section.columns.map((c) => h('th', {}, c.label)))),
      h(
        'tbody',
        {},
        ...section.loci.map((l) =>
          h(
            'tr',
            { 'data-code': l.code, class: l.uncovered ? 'uncovered' : null },
            ...section.columns.map((c) =>
              h('td', c.align === 'right' ? { class: 'num' } : {}, l[c.key]),
            ),
          ),
        ),
      ),
    ),
    section.assignment === null
      ? null
      : h(
          'div',
          { class: 'annex-assignment' },
          h('h2', {}, section.assignment.title),
          h('ol', {}, ...section.assignment.rows.map((r) => h('li', {}, r))),
        ),
  );
}
