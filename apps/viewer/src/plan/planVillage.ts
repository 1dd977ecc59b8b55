/**
 * The plan in the village detail: the programmes reaching the village (agency, programme and
 * activity, indicator, the row's budget), its budget share and budget per poor household, the
 * needs no programme addresses, the agencies assigned to it with the reason, and a control to pin
 * an agency to it. Only formatting of what `@lokus/plan` computed in the worker.
 */
import { h } from '../dom.ts';
import { label, locale } from '../i18n/index.ts';
import type { PlanRowView, PlanView } from './planProtocol.ts';
import { rupiah } from './planSummary.ts';
import { pt } from './planText.ts';

function programmeList(rows: readonly PlanRowView[]): HTMLElement {
  return h(
    'ul',
    { class: 'plan-programmes', id: 'plan-programmes' },
    ...rows.map((r) =>
      h(
        'li',
        { 'data-row': r.row },
        h('strong', {}, r.agency),
        ' — ',
        r.programme,
        r.activity ? `: ${r.activity}` : '',
        h(
          'small',
          {},
          `${label(r.indicatorLabel)} · ${rupiah(r.budget)}`,
          r.villages > 1 ? ` (${pt('sharedRow', { n: r.villages })})` : '',
        ),
      ),
    ),
  );
}

/** The pin control: an agency of the list and a button that solves again with it pinned here. */
function pinControl(view: PlanView, onPin: (agency: string) => void): HTMLElement | null {
  if (view.agencies.length === 0 || view.assignment === null) return null;
  const select = h(
    'select',
    { id: 'plan-pin-agency', 'aria-label': pt('pin') },
    ...view.agencies.map((a) => h('option', { value: a }, a)),
  );
  return h(
    'div',
    { class: 'plan-pin' },
    h('label', {}, pt('pin'), ' ', select),
    h(
      'button',
      { type: 'button', id: 'plan-pin', onclick: () => onPin(select.value) },
      pt('pinButton'),
    ),
  );
}

/** The plan's part of the detail of the village `code`, or null without a plan. */
export function villagePart(
  view: PlanView | null,
  code: string,
  name: string,
  isLocus: boolean,
  onPin: (agency: string) => void,
): HTMLElement | null {
  if (view === null || (view.coverage === null && view.assignment === null)) return null;
  const v = view.villages.find((x) => x.code === code);
  const byRow = new Map(view.rows.map((r) => [r.row, r]));
  const rows = (v?.rows ?? []).flatMap((n) => byRow.get(n) ?? []);
  const lang = locale();
  const assigned = (view.assignment?.assignments ?? []).filter((a) => a.village === code);
  const perPoor = v?.budgetPerPoorHousehold ?? null;
  return h(
    'div',
    {
      class: 'plan-village',
      id: 'plan-village',
      'data-code': code,
      'data-state': v?.state ?? 'none',
    },
    h('h3', {}, pt('villageTitle', { name: name || code })),
    view.coverage === null
      ? null
      : rows.length === 0
        ? h(
            'p',
            { class: isLocus ? 'plan-none locus' : 'plan-none' },
            pt(isLocus ? 'villageNone' : 'villageNotReached'),
          )
        : programmeList(rows),
    v && rows.length > 0
      ? h(
          'p',
          {},
          perPoor === null
            ? pt('villageBudgetOnly', { budget: rupiah(v.budget) })
            : pt('villageBudget', { budget: rupiah(v.budget), perPoor: rupiah(perPoor) }),
        )
      : null,
    v && v.unaddressed.length > 0
      ? h(
          'p',
          {},
          pt('villageUnaddressed', { needs: v.unaddressed.map((n) => label(n)).join(', ') }),
        )
      : null,
    assigned.length === 0
      ? null
      : h(
          'div',
          { class: 'plan-assigned', id: 'plan-assigned' },
          h('strong', {}, `${pt('assigned')}: `),
          h('ul', {}, ...assigned.map((a) => h('li', { 'data-agency': a.agency }, a.text[lang]))),
        ),
    isLocus ? pinControl(view, onPin) : null,
  );
}
