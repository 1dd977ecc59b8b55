/**
 * The plan panel's content from a {@link PlanView}: the files read, the coverage in words, the
 * loci without a programme (each a button that selects it), the problems of the files (each names
 * file, row, column and value), and the agency assignment. Only formatting: every number comes
 * from `@lokus/plan` in the worker; text from the files goes through `textContent`.
 */
import { h } from '../dom.ts';
import { fmt, label, locale } from '../i18n/index.ts';
import type { PlanView } from './planProtocol.ts';
import { pt } from './planText.ts';

/** Rupiah for people: `Rp1.500.000`. */
export const rupiah = (n: number): string => `Rp${fmt(Math.round(n), 0)}`;

/** What the files gave: rows used and set aside, agencies. */
export function filesPart(view: PlanView): HTMLElement {
  return h(
    'div',
    { class: 'plan-files' },
    view.planFile === null
      ? null
      : h(
          'p',
          { id: 'plan-loaded' },
          pt('loaded', {
            file: view.planFile,
            rows: view.rows.length,
            aside: view.setAside.length,
          }),
        ),
    view.agenciesFile === null
      ? null
      : h('p', {}, pt('agenciesLoaded', { file: view.agenciesFile, n: view.agencies.length })),
  );
}

/** Totals and the loci without a programme. */
export function coveragePart(view: PlanView, onSelect: (code: string) => void): HTMLElement | null {
  const c = view.coverage;
  if (c === null) return view.error ? h('p', { class: 'hint' }, label(view.error)) : null;
  const t = c.totals;
  const uncovered = c.loci.filter((l) => l.rows.length === 0);
  return h(
    'div',
    { class: 'plan-coverage' },
    h(
      'p',
      { id: 'plan-covered', 'data-uncovered': uncovered.length, 'data-loci': t.loci },
      pt('covered', { covered: t.lociCovered, loci: t.loci, uncovered: t.loci - t.lociCovered }),
    ),
    h('p', {}, pt('needs', { addressed: t.needsAddressed, needs: t.needs })),
    h(
      'p',
      {},
      pt('budget', {
        total: rupiah(t.budget),
        on: rupiah(t.budgetOnLoci),
        off: rupiah(t.budgetOffLoci),
      }),
    ),
    uncovered.length === 0 ? null : h('h3', {}, `${pt('uncoveredList')} (${uncovered.length})`),
    uncovered.length === 0
      ? null
      : h(
          'ul',
          { id: 'plan-uncovered', class: 'plan-uncovered' },
          ...uncovered.map((l) =>
            h(
              'li',
              { 'data-code': l.code },
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => onSelect(l.code) },
                `${l.name} (${l.kecamatanName || l.kecamatan})`,
              ),
            ),
          ),
        ),
  );
}

/** Every problem of the files, in the current language. */
export function diagnosticsPart(view: PlanView): HTMLElement | null {
  if (view.diagnostics.length === 0) return null;
  const id = locale() === 'id';
  return h(
    'div',
    { class: 'plan-diagnostics' },
    h('h3', {}, `${pt('diagnostics')} (${view.diagnostics.length})`),
    h(
      'ul',
      { id: 'plan-diagnostics', tabindex: 0, 'aria-label': pt('diagnostics') },
      ...view.diagnostics.map((d) =>
        h(
          'li',
          { class: `diag ${d.severity}`, 'data-code': d.code },
          h('code', {}, d.code),
          ' ',
          id ? d.messageId : d.message,
        ),
      ),
    ),
    view.setAside.length > 0 ? h('p', { class: 'hint' }, pt('setAsideNote')) : null,
  );
}

/** A choice of one agency whose villages the map outlines. */
function focusControl(view: PlanView, focus: string | null, onFocus: (a: string | null) => void) {
  const agencies = [...new Set(view.assignment?.assignments.map((a) => a.agency))];
  const select = h(
    'select',
    { id: 'plan-agency-focus', onchange: () => onFocus(select.value || null) },
    h('option', { value: '' }, '—'),
    ...agencies.map((a) => h('option', { value: a, selected: a === focus }, a)),
  );
  return h('label', { class: 'plan-focus' }, pt('focus'), ' ', select);
}

/** The assignment: its status, then each agency ↔ village pair with its reason. */
export function assignmentPart(
  view: PlanView,
  focus: string | null,
  onFocus: (agency: string | null) => void,
): HTMLElement | null {
  const a = view.assignment;
  if (view.assignmentError !== null)
    return h('p', { class: 'diag error' }, pt('assignFailed', { message: view.assignmentError }));
  if (a === null) return null;
  const lang = locale();
  if (a.status === 'infeasible') {
    return h(
      'div',
      { id: 'plan-assignment', 'data-status': a.status },
      h('p', { class: 'diag error' }, pt('assignInfeasible')),
      h('ul', {}, ...a.infeasible.map((x) => h('li', {}, x.text[lang]))),
    );
  }
  if (a.status !== 'optimal')
    return h(
      'p',
      { id: 'plan-assignment', class: 'diag error' },
      pt('assignStatus', { status: a.solverStatus }),
    );
  return h(
    'div',
    { id: 'plan-assignment', 'data-status': a.status },
    h('h3', {}, pt('assignTitle')),
    h('p', {}, pt('assignDone', { n: a.assignments.length, points: fmt(a.objective, 0) })),
    focusControl(view, focus, onFocus),
    h(
      'ol',
      // Scrolls when long: focusable so that the keyboard can scroll it too.
      { class: 'plan-pairs', tabindex: 0, 'aria-label': pt('assignTitle') },
      ...a.assignments.map((x) =>
        h('li', { 'data-village': x.village, 'data-agency': x.agency }, x.text[lang]),
      ),
    ),
  );
}
