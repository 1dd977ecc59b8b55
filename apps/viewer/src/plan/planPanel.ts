/**
 * "Rencana aksi (RAT) pada lokus": the analyst loads an action plan (CSV/XLSX in the template of
 * data/templates) and optionally the agency list; the scoring worker reads them against scenario
 * A's result with `@lokus/plan` and the map gets the "Rencana aksi" layer (loci with and without a
 * programme). The panel shows the coverage, the problems of the files, the agency assignment
 * (HiGHS) with pins, and — in the village detail — the programmes of the selected village.
 */
import type { Dataset } from '../data/dataset.ts';
import { h, replace } from '../dom.ts';
import type { VillageMap } from '../map/villageMap.ts';
import type { WorkerClient } from '../worker/client.ts';
import { BUDGET_COLOURS, PLAN_COLOURS, type PlanColouring, PlanLayer } from './planLayer.ts';
import type { PlanPin, PlanRequestBody, PlanView } from './planProtocol.ts';
import { assignmentPart, coveragePart, diagnosticsPart, filesPart, rupiah } from './planSummary.ts';
import { type PlanTextKey, pt } from './planText.ts';
import { villagePart } from './planVillage.ts';
import './planPanel.css';

/** What the browser tests read from `window.__lokusPlan`. */
export interface PlanHooks {
  view: PlanView | null;
  /** Answers of the worker shown so far. */
  answered: number;
}

declare global {
  interface Window {
    __lokusPlan?: PlanHooks;
  }
}

export interface PlanPanelOptions {
  readonly worker: WorkerClient;
  readonly map: () => VillageMap;
  readonly dataset: () => Dataset | null;
  /** The code of the selected village, or null. */
  readonly selected: () => string | null;
  readonly onSelect: (code: string) => void;
}

export class PlanPanel {
  readonly element: HTMLElement;
  /** The plan's part of the village detail (placed in the detail panel). */
  readonly villageElement = h('div', { class: 'plan-village-slot' });
  readonly hooks: PlanHooks = { view: null, answered: 0 };
  readonly #options: PlanPanelOptions;
  readonly #planInput = h('input', { type: 'file', id: 'plan-file', accept: '.csv,.txt,.xlsx' });
  readonly #agencyInput = h('input', {
    type: 'file',
    id: 'plan-agencies',
    accept: '.csv,.txt,.xlsx',
  });
  readonly #toggle = h('input', { type: 'checkbox', id: 'plan-toggle', disabled: true });
  readonly #assign = h(
    'button',
    { type: 'button', id: 'plan-assign', disabled: true },
    pt('assign'),
  );
  readonly #colouring = h(
    'select',
    { id: 'plan-colour', disabled: true },
    h('option', { value: 'status' }, pt('colourStatus')),
    h('option', { value: 'budget' }, pt('colourBudget')),
  );
  readonly #legend = h('div', { class: 'plan-map-legend', id: 'plan-map-legend' });
  readonly #status = h('p', { class: 'plan-status', id: 'plan-status', 'aria-live': 'polite' });
  readonly #body = h('div', { class: 'plan-body' });
  #layer: PlanLayer | null = null;
  #view: PlanView | null = null;
  #pins: PlanPin[] = [];
  /** The agency whose assigned villages the map outlines, or null. */
  #focus: string | null = null;
  #asked = 0;

  constructor(options: PlanPanelOptions) {
    this.#options = options;
    window.__lokusPlan = this.hooks;
    this.#planInput.addEventListener('change', () => void this.#load('plan', this.#planInput));
    this.#agencyInput.addEventListener(
      'change',
      () => void this.#load('agencies', this.#agencyInput),
    );
    this.#toggle.addEventListener('change', () => this.#drawLayer());
    this.#colouring.addEventListener('change', () => this.#drawLayer());
    this.#assign.addEventListener(
      'click',
      () => void this.#ask({ assign: { pins: this.#pins } }, 'assigning'),
    );
    this.element = h(
      'section',
      { class: 'panel plan-panel', id: 'plan-panel' },
      h('h2', {}, pt('title')),
      h('label', { class: 'plan-input' }, pt('planFile'), this.#planInput),
      h('label', { class: 'plan-input' }, pt('agenciesFile'), this.#agencyInput),
      h('p', { class: 'hint' }, pt('templateHint')),
      h('label', { class: 'plan-switch' }, this.#toggle, ' ', pt('layer')),
      h('label', { class: 'plan-input' }, pt('colourBy'), this.#colouring),
      this.#assign,
      this.#status,
      this.#body,
    );
  }

  /** Scenario A has a new result: the coverage follows its loci. */
  resultChanged(): void {
    if (this.#view?.planFile || this.#view?.agenciesFile) void this.#ask({});
  }

  /** A new dataset: the files belong to the old district; everything goes. */
  datasetChanged(): void {
    const had = this.#view !== null;
    this.#view = null;
    this.hooks.view = null;
    this.#pins = [];
    this.#focus = null;
    this.#planInput.value = '';
    this.#agencyInput.value = '';
    this.#layer?.hide();
    this.#layer = null;
    this.#render();
    if (had) void this.#ask({ plan: null, agencies: null });
  }

  /** Shows the plan's part of the detail of the village `code` (or nothing). */
  showVillage(code: string | null): void {
    const ds = this.#options.dataset();
    const row = code === null ? undefined : ds?.rowOfCode.get(code);
    const locus = row !== undefined && this.#isLocus(code!);
    const part =
      code === null || row === undefined || !ds
        ? null
        : villagePart(this.#view, code, ds.table.name[row] ?? '', locus, (a) => this.#pin(a, code));
    replace(this.villageElement, part);
  }

  #isLocus(code: string): boolean {
    return this.#view?.coverage?.loci.some((l) => l.code === code) ?? false;
  }

  async #load(kind: 'plan' | 'agencies', input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (kind === 'agencies') this.#pins = [];
    await this.#ask({ [kind]: { name: file.name, bytes } }, 'reading');
  }

  #pin(agency: string, village: string): void {
    this.#pins = [
      ...this.#pins.filter((p) => p.village !== village || p.agency !== agency),
      { agency, village },
    ];
    void this.#ask({ assign: { pins: this.#pins } }, 'assigning');
  }

  /** Sends a request; only the answer to the latest one is shown. */
  async #ask(body: PlanRequestBody, status?: PlanTextKey): Promise<void> {
    const asked = ++this.#asked;
    if (status) this.#status.textContent = pt(status);
    const res = await this.#options.worker.request({ type: 'plan', ...body });
    if (asked !== this.#asked) return;
    this.#status.textContent = res.type === 'error' ? res.message : '';
    if (res.type !== 'plan') return;
    this.#view = res.view;
    this.hooks.view = res.view;
    if (body.plan) this.#toggle.checked = true;
    this.#render();
    this.#drawLayer();
    this.showVillage(this.#options.selected());
    this.hooks.answered++;
  }

  #render(): void {
    const v = this.#view;
    this.#toggle.disabled = v?.coverage == null;
    if (v?.coverage == null) this.#toggle.checked = false;
    this.#colouring.disabled = !this.#toggle.checked;
    this.#assign.disabled = !v || v.agencies.length === 0;
    if (!v) {
      replace(this.#body);
      return;
    }
    const pins = this.#pins.map((p) => `${p.agency} → ${p.village}`).join('; ');
    const clear = h(
      'button',
      { type: 'button', class: 'link', onclick: () => this.#clearPins() },
      pt('clearPins'),
    );
    replace(
      this.#body,
      filesPart(v),
      coveragePart(v, (code) => this.#options.onSelect(code)),
      diagnosticsPart(v),
      this.#pins.length === 0
        ? null
        : h('p', { class: 'plan-pins' }, pt('pins', { pins }), ' ', clear),
      assignmentPart(v, this.#focus, (agency) => {
        this.#focus = agency;
        this.#drawLayer();
      }),
    );
  }

  #clearPins(): void {
    this.#pins = [];
    void this.#ask({ assign: { pins: [] } }, 'assigning');
  }

  #drawLayer(): void {
    const ds = this.#options.dataset();
    const v = this.#view;
    this.#colouring.disabled = !this.#toggle.checked;
    if (!ds || !v?.coverage || !this.#toggle.checked) {
      this.#layer?.hide();
      return;
    }
    const colouring = this.#colouring.value as PlanColouring;
    replace(this.#legend, ...legend(colouring, v.budgetBins));
    this.#layer ??= new PlanLayer(this.#options.map().map, this.#legend);
    this.#layer.setColouring(colouring);
    this.#layer.show(ds);
    this.#layer.setVillages(v.villages);
    const focus = v.assignment?.status === 'optimal' ? v.assignment.assignments : [];
    this.#layer.setFocus(focus.filter((a) => a.agency === this.#focus).map((a) => a.village));
  }
}

/** The content of the layer's legend over the map, for its colouring. */
function legend(colouring: PlanColouring, bins: readonly number[]): HTMLElement[] {
  const item = (colour: string, text: string, outline = '') =>
    h('li', {}, swatch(colour, outline), text);
  const common = [
    item(PLAN_COLOURS.uncovered, pt('legendUncovered'), 'outlined'),
    item(PLAN_COLOURS.other, pt('legendOther')),
    item(PLAN_COLOURS.none, pt('legendNone')),
    item('transparent', pt('legendLocus'), 'locus'),
    item('transparent', pt('legendFocus'), 'focus'),
  ];
  if (colouring === 'budget') {
    // Class i holds the budgets above bound i-1 up to bound i (the lowest from the smallest).
    const classes = bins.map((to, i) =>
      h(
        'li',
        { class: 'plan-budget-class', 'data-class': String(i) },
        swatch(BUDGET_COLOURS[i]!),
        i === 0
          ? pt('legendBudgetFirst', { to: rupiah(to) })
          : pt('legendBudgetClass', { from: rupiah(bins[i - 1]!), to: rupiah(to) }),
      ),
    );
    return [
      h('strong', {}, pt('legendBudgetTitle')),
      h(
        'ul',
        {},
        ...(classes.length > 0 ? classes : [h('li', {}, pt('legendBudgetNone'))]),
        ...common,
      ),
    ];
  }
  return [
    h('strong', {}, pt('title')),
    h('ul', {}, common[0]!, item(PLAN_COLOURS.covered, pt('legendCovered')), ...common.slice(1)),
  ];
}

/** A legend's colour square (`outline`: an extra class of the square). */
function swatch(colour: string, outline = ''): HTMLElement {
  const square = h('span', { class: `plan-swatch ${outline}`.trim() });
  square.style.background = colour;
  return square;
}
