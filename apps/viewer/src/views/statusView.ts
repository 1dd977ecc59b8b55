/** The loci summary line and the list of every diagnostic of the open data and the last run. */
import type { Diagnostic } from '@lokus/core';
import { describe } from '../data/messages.ts';
import { h, replace } from '../dom.ts';
import { fmt, t } from '../i18n/index.ts';

export class StatusView {
  readonly summary = h('p', { class: 'summary-line', id: 'summary-line', 'aria-live': 'polite' });
  readonly diagnostics = h('details', { class: 'diagnostics' });

  /** The loci count; `target` (top-n) is named when the selection fell short of it. */
  showSummary(selected: number, total: number, target: number | null = null): void {
    replace(
      this.summary,
      t('lociSummary', { n: fmt(selected, 0), total: fmt(total, 0) }),
      target !== null && selected < target
        ? h('span', { class: 'short' }, ` ${t('lociShort', { target: fmt(target, 0) })}`)
        : null,
    );
  }

  showDiagnostics(all: readonly Diagnostic[]): void {
    const important = all.filter((d) => d.severity !== 'info');
    replace(
      this.diagnostics,
      h('summary', {}, `${t('diagnostics')} (${important.length})`),
      all.length === 0
        ? h('p', {}, t('noDiagnostics'))
        : h(
            'ul',
            {},
            ...all
              .slice(0, 200)
              .map((d) =>
                h(
                  'li',
                  { class: `diag ${d.severity}`, 'data-code': d.code },
                  describe(d),
                  ' ',
                  h('code', {}, d.code),
                ),
              ),
          ),
    );
  }
}
