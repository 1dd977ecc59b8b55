/**
 * The load dialog's report: the readers' diagnostics in the UI's language, and the join report
 * with each table row that found no boundary, its close match to accept, or the reason it is
 * left out. A report with unmatched rows never says "no problems".
 */
import type { Diagnostic } from '@lokus/core';
import type { JoinResult } from '@lokus/geo';
import { describe } from '../data/messages.ts';
import { h } from '../dom.ts';
import { fmt, t, tk } from '../i18n/index.ts';

/** A list of diagnostics; every text goes through textContent. */
export function diagnosticList(diagnostics: readonly Diagnostic[]): HTMLElement {
  if (diagnostics.length === 0) return h('p', { class: 'ok' }, t('noReaderProblems'));
  return h(
    'ul',
    { class: 'diag-list' },
    ...diagnostics.slice(0, 300).map((d) =>
      h(
        'li',
        { class: `diag ${d.severity}`, 'data-code': d.code },
        h('strong', {}, `${tk(d.severity)} `),
        h('span', { class: 'diag-message' }, describe(d)),
        ' ',
        h('code', {}, d.code),
        (typeof d.value === 'string' || typeof d.value === 'number') && d.village === undefined
          ? ` «${String(d.value)}»`
          : '',
        // A register's problems say how many rows (villages, cells) have them.
        'count' in d && typeof d.count === 'number'
          ? ` (${t('diagCount', { n: fmt(d.count, 0) })})`
          : '',
        d.file && !describe(d).includes(d.file) ? ` ${d.file}` : '',
      ),
    ),
  );
}

/** The join report; checking a suggestion accepts it (`accepted`: row → code) and calls `onChange`. */
export function joinReport(
  join: JoinResult,
  accepted: Map<number, string>,
  onChange: () => void,
): HTMLElement {
  const unmatched = join.unmatchedTable;
  const status =
    join.refused || join.matched === 0
      ? h('p', { class: 'error-block', id: 'join-status' }, t('joinNothing'))
      : unmatched.length > 0
        ? h(
            'p',
            { class: 'warning-block', id: 'join-status' },
            t('joinUnmatched', { n: fmt(unmatched.length, 0) }),
          )
        : h('p', { class: 'ok', id: 'join-status' }, t('joinAllMatched'));
  const rows = unmatched.slice(0, 100).map((u) => {
    const best = u.suggestions[0];
    const box = best
      ? h('input', {
          type: 'checkbox',
          id: `accept-${u.row}`,
          checked: accepted.has(u.row),
          onchange: (e: Event) => {
            if ((e.target as HTMLInputElement).checked) accepted.set(u.row, best.code);
            else accepted.delete(u.row);
            onChange();
          },
        })
      : null;
    return h(
      'li',
      { class: 'unmatched-row', 'data-code': u.code, 'data-row': u.row },
      h('span', {}, `${u.code} ${u.name}`),
      ' — ',
      accepted.has(u.row)
        ? h('span', { class: 'accepted' }, t('joinAccepted', { code: best?.code ?? '' }))
        : h('span', { class: 'left-out' }, t('joinLeftOut')),
      best
        ? h(
            'label',
            { class: 'accept', for: `accept-${u.row}` },
            box,
            t('joinAccept', { code: best.code, name: best.name }),
          )
        : null,
    );
  });
  return h(
    'section',
    { class: 'join-report' },
    h('h3', {}, t('joinReport')),
    h('p', { id: 'join-matched' }, `${fmt(join.matched, 0)} ${t('matched')}`),
    status,
    h('h4', {}, `${t('unmatchedTable')} (${unmatched.length})`),
    h('ul', {}, ...rows),
    h('h4', {}, `${t('unmatchedBoundaries')} (${join.unmatchedBoundaries.length})`),
    h(
      'ul',
      {},
      ...join.unmatchedBoundaries.slice(0, 50).map((u) => h('li', {}, `${u.code} ${u.name}`)),
    ),
  );
}
