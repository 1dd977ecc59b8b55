/**
 * Scenario editor: indicators on or off with direction and weight, normalisation, weighting,
 * aggregation, selection rule, quota and map classes. Every change hands a new scenario to
 * `onChange`. Weight sliders set an indicator's share and core's `rebalanceWeights` moves the
 * others so the weighting stays valid (nested stays nested); a method switch carries the weights
 * over with `convertWeights`. A run's problems are shown beside the control that caused them.
 */
import {
  convertWeights,
  type Direction,
  describeScenario,
  effectiveWeights,
  type IndicatorMeta,
  rebalanceWeights,
  type Scenario,
  type ScenarioIndicator,
  type SelectSpec,
  type WeightMethod,
} from '@lokus/core';
import {
  AGGREGATE_METHODS,
  CLASSIFY_SCHEMES,
  DEFAULTS,
  NORMALISE_METHODS,
  SELECT_MODES,
  WEIGHT_METHODS,
} from '../data/vocab.ts';
import { h, replace } from '../dom.ts';
import { label, locale, pct, t, tk } from '../i18n/index.ts';
import type { RunSummary } from '../worker/protocol.ts';
import { numberField, selectField } from './scenarioFields.ts';
import { ScenarioNotes } from './scenarioNotes.ts';

export interface ScenarioPanelOptions {
  readonly onChange: (scenario: Scenario) => void;
  readonly onExample: (url: string | null) => void;
}

/** What a weight slider shows: a share of the dimension (nested, shared dimension) or of the score. */
function sliderShare(
  s: Scenario,
  id: string,
  current: Readonly<Record<string, number>>,
): { readonly share: number; readonly dimension: string | null } {
  const ind = s.indicators.find((i) => i.id === id);
  if (!ind) return { share: 0, dimension: null };
  if (s.weights?.method === 'nested') {
    const d = ind.dimension ?? ind.id;
    const members = s.indicators.filter((i) => (i.dimension ?? i.id) === d);
    if (members.length > 1) {
      const sum = members.reduce((a, i) => a + Math.max(0, i.weight ?? 1), 0);
      return {
        share: sum > 0 ? Math.max(0, ind.weight ?? 1) / sum : 1 / members.length,
        dimension: d,
      };
    }
  }
  try {
    return { share: effectiveWeights(s, { current })[id] ?? 0, dimension: null };
  } catch {
    return { share: 1 / s.indicators.length, dimension: null };
  }
}

export class ScenarioPanel {
  readonly element: HTMLElement;
  readonly #options: ScenarioPanelOptions;
  #scenario: Scenario | null = null;
  #catalog: readonly IndicatorMeta[] = [];
  #examples: readonly string[] = [];
  #editing = '';
  #lastWeights: Readonly<Record<string, number>> = {};
  readonly #shares = new Map<string, HTMLOutputElement>();
  readonly #sliders = new Map<string, { input: HTMLInputElement; scope: HTMLElement }>();
  readonly #notes = new ScenarioNotes();
  readonly #words = h('div', { class: 'scenario-words', id: 'scenario-words' });
  #rendering = false;

  constructor(options: ScenarioPanelOptions) {
    this.#options = options;
    this.element = h('section', { class: 'panel scenario-panel', 'aria-label': t('scenario') });
  }

  #emit(next: Scenario, rerender = true): void {
    // Replacing the controls blurs a focused input, which fires its change again: ignore it.
    if (this.#rendering) return;
    this.#scenario = next;
    this.#describe(next);
    this.#options.onChange(next);
    if (rerender) this.render(next, this.#catalog, this.#examples, this.#editing);
  }

  #patch(patch: Partial<Scenario>): void {
    if (this.#scenario) this.#emit({ ...this.#scenario, ...patch });
  }

  #current(): Readonly<Record<string, number>> | undefined {
    return Object.keys(this.#lastWeights).length > 0 ? this.#lastWeights : undefined;
  }

  #setIndicator(id: string, patch: Partial<ScenarioIndicator> | null, on: boolean): void {
    const s = this.#scenario;
    if (!s) return;
    const existing = s.indicators.find((i) => i.id === id);
    let indicators: ScenarioIndicator[];
    if (!on) indicators = s.indicators.filter((i) => i.id !== id);
    else if (existing) indicators = s.indicators.map((i) => (i.id === id ? { ...i, ...patch } : i));
    else {
      const meta = this.#catalog.find((m) => m.id === id);
      if (!meta) return;
      const order = this.#catalog.map((m) => m.id);
      const dimension =
        s.weights?.method === 'nested' ? { dimension: meta.dimension ?? meta.id } : {};
      indicators = [...s.indicators, { ...meta, ...dimension, weight: 1, ...patch }].sort(
        (a, b) => order.indexOf(a.id) - order.indexOf(b.id),
      );
    }
    this.#emit({ ...s, indicators });
  }

  /** The scenario in plain words, from core's `describeScenario`. */
  #describe(s: Scenario): void {
    let d: ReturnType<typeof describeScenario> | null = null;
    try {
      d = describeScenario(s, { locale: locale() });
    } catch {
      d = null;
    }
    replace(this.#words, ...(d ? [...d.paragraphs, ...d.rules] : []).map((p) => h('p', {}, p)));
  }

  /** A slider moved: core rebalances the other weights; the other sliders follow. */
  #slide(id: string, share: number): void {
    const s = this.#scenario;
    if (!s) return;
    const current = this.#current();
    const next = rebalanceWeights(s, id, share, current ? { current } : {});
    this.#emit(next, false);
    const wm = this.element.querySelector<HTMLSelectElement>('#weight-method');
    if (wm) wm.value = next.weights?.method ?? DEFAULTS.weights.method;
    this.#placeSliders(next, id);
  }

  #placeSliders(s: Scenario, except: string | null): void {
    for (const [id, { input, scope }] of this.#sliders) {
      const { share, dimension } = sliderShare(s, id, this.#lastWeights);
      if (id !== except) input.value = String(Math.round(share * 1000) / 10);
      scope.textContent = dimension ? t('shareOfDimension', { dimension }) : t('shareOfScore');
    }
  }

  #switchMethod(method: WeightMethod): void {
    const s = this.#scenario;
    if (!s) return;
    const current = this.#current();
    try {
      this.#emit(convertWeights(s, method, current ? { current } : {}));
    } catch {
      // entropy/CRITIC weights come from a run: without one, only the method changes.
      this.#emit({ ...s, weights: { method } });
    }
  }

  #indicatorRow(m: IndicatorMeta, cur: ScenarioIndicator | undefined): HTMLElement {
    const on = cur !== undefined;
    const name = label(m.label, m.id);
    const share = h(
      'output',
      { id: `share-${m.id}`, class: 'share', for: `w-${m.id}` },
      on ? '…' : '',
    );
    this.#shares.set(m.id, share);
    const direction = (cur ?? m).direction;
    const slider = h('input', {
      type: 'range',
      id: `w-${m.id}`,
      min: 0,
      max: 100,
      step: 1,
      value: 0,
      disabled: !on,
      'aria-label': `${t('weight')}: ${name}`,
      oninput: (e: Event) => this.#slide(m.id, Number((e.target as HTMLInputElement).value) / 100),
    });
    const scope = h('span', { class: 'share-scope' });
    if (on) this.#sliders.set(m.id, { input: slider, scope });
    return h(
      'div',
      { class: on ? 'indicator on' : 'indicator', 'data-indicator': m.id },
      h(
        'label',
        { class: 'ind-name' },
        h('input', {
          type: 'checkbox',
          id: `on-${m.id}`,
          checked: on,
          onchange: (e: Event) =>
            this.#setIndicator(m.id, null, (e.target as HTMLInputElement).checked),
        }),
        h('span', {}, name),
      ),
      h(
        'select',
        {
          'aria-label': `${t('direction')}: ${name}`,
          disabled: !on,
          onchange: (e: Event) =>
            this.#setIndicator(
              m.id,
              { direction: (e.target as HTMLSelectElement).value as Direction },
              true,
            ),
        },
        ...(['higher-is-worse', 'higher-is-better'] as const).map((d) =>
          h(
            'option',
            { value: d, selected: direction === d },
            t(d === 'higher-is-worse' ? 'higherIsWorse' : 'higherIsBetter'),
          ),
        ),
      ),
      h('div', { class: 'weight' }, slider, share),
      on ? scope : null,
      this.#notes.box(`ind:${m.id}`),
    );
  }

  /** Rebuilds the controls for a scenario (call when the scenario is replaced, not edited). */
  render(
    scenario: Scenario,
    catalog: readonly IndicatorMeta[],
    examples: readonly string[],
    editing: string,
  ): void {
    this.#rendering = true;
    try {
      this.#build(scenario, catalog, examples, editing);
    } finally {
      this.#rendering = false;
    }
  }

  #build(
    scenario: Scenario,
    catalog: readonly IndicatorMeta[],
    examples: readonly string[],
    editing: string,
  ): void {
    const focused = (document.activeElement as HTMLElement | null)?.id ?? '';
    this.#scenario = scenario;
    this.#catalog = catalog;
    this.#examples = examples;
    this.#editing = editing;
    this.#shares.clear();
    this.#sliders.clear();
    this.#notes.clear();
    const s = scenario;
    const inScenario = new Map(s.indicators.map((i) => [i.id, i]));
    const all = [...catalog, ...s.indicators.filter((i) => !catalog.some((m) => m.id === i.id))];
    const rows = all.map((m) => this.#indicatorRow(m, inScenario.get(m.id)));
    replace(
      this.element,
      h('h2', {}, `${t('scenario')} · ${editing}`),
      selectField(
        'example',
        t('exampleScenario'),
        ['', ...examples],
        '',
        (v) => (v === '' ? '—' : decodeURIComponent(v.split('/').pop() ?? v)),
        (v) => this.#options.onExample(v === '' ? null : v),
      ),
      h('p', { class: 'scenario-name', id: 'scenario-name' }, s.name),
      h(
        'details',
        { class: 'scenario-words-box' },
        h('summary', {}, t('scenarioInWords')),
        this.#words,
      ),
      this.#notes.box('general'),
      h('fieldset', {}, h('legend', {}, t('indicators')), ...rows),
      this.#methods(s),
      this.#selection(s),
      this.#classes(s),
    );
    this.#placeSliders(s, null);
    this.#describe(s);
    this.showWeights(this.#lastWeights);
    if (focused) document.getElementById(focused)?.focus();
  }

  #methods(s: Scenario): HTMLElement {
    return h(
      'fieldset',
      {},
      h('legend', {}, t('normalisation')),
      selectField(
        'normalise',
        t('normalisation'),
        NORMALISE_METHODS,
        s.normalise?.method ?? DEFAULTS.normalise.method,
        (v) => tk(`norm_${v}`),
        (v) => this.#patch({ normalise: { ...s.normalise, method: v } }),
      ),
      this.#notes.box('normalise'),
      selectField(
        'weight-method',
        t('weighting'),
        WEIGHT_METHODS,
        s.weights?.method ?? DEFAULTS.weights.method,
        (v) => tk(`weights_${v}`),
        (v) => this.#switchMethod(v),
      ),
      this.#notes.box('weights'),
      selectField(
        'aggregate',
        t('aggregation'),
        AGGREGATE_METHODS,
        s.aggregate?.method ?? DEFAULTS.aggregate.method,
        (v) => tk(`method_${v}`),
        (v) => this.#patch({ aggregate: { ...s.aggregate, method: v } }),
      ),
      this.#notes.box('aggregate'),
    );
  }

  #selection(s: Scenario): HTMLElement {
    const sel: SelectSpec = s.select ?? DEFAULTS.select;
    const setSelect = (patch: Partial<SelectSpec>) => this.#patch({ select: { ...sel, ...patch } });
    const setQuota = (key: 'min' | 'max', v: number | undefined) => {
      const rest = { ...sel.quota };
      delete rest[key];
      setSelect({ quota: v === undefined ? rest : { ...rest, [key]: v } });
    };
    const modeField =
      sel.mode === 'top-n'
        ? numberField('select-n', t('lociCount'), sel.n, { min: 0 }, (n) =>
            setSelect(n === undefined ? {} : { n }),
          )
        : sel.mode === 'top-percent'
          ? numberField(
              'select-percent',
              t('percent'),
              sel.percent,
              { min: 0, max: 100, step: 0.5 },
              (percent) => setSelect(percent === undefined ? {} : { percent }),
            )
          : numberField(
              'select-threshold',
              t('thresholdValue'),
              sel.threshold,
              { step: 0.1 },
              (threshold) => setSelect(threshold === undefined ? {} : { threshold }),
            );
    return h(
      'fieldset',
      {},
      h('legend', {}, t('selection')),
      selectField(
        'select-mode',
        t('selectMode'),
        SELECT_MODES,
        sel.mode,
        (v) => t(v === 'top-n' ? 'topN' : v === 'top-percent' ? 'topPercent' : 'threshold'),
        (mode) => setSelect({ mode }),
      ),
      modeField,
      this.#notes.box('select'),
      numberField('quota-min', t('quotaMin'), sel.quota?.min, { min: 0 }, (v) =>
        setQuota('min', v),
      ),
      numberField('quota-max', t('quotaMax'), sel.quota?.max, { min: 0 }, (v) =>
        setQuota('max', v),
      ),
      this.#notes.box('quota'),
    );
  }

  #classes(s: Scenario): HTMLElement {
    return h(
      'fieldset',
      {},
      h('legend', {}, t('classification')),
      selectField(
        'scheme',
        t('classification'),
        CLASSIFY_SCHEMES,
        s.classify?.scheme ?? DEFAULTS.classify.scheme,
        (v) => tk(`scheme_${v}`),
        (scheme) => this.#patch({ classify: { ...s.classify, scheme } }),
      ),
      numberField(
        'classes',
        t('classes'),
        s.classify?.k ?? DEFAULTS.classify.k,
        { min: 2, max: 9 },
        (k) =>
          this.#patch({
            classify: { ...this.#scenario?.classify, ...(k === undefined ? {} : { k }) },
          }),
      ),
      this.#notes.box('classify'),
    );
  }

  /** Shows what a run of this scenario gave: the weight shares used and its problems. */
  showRun(summary: RunSummary): void {
    if (summary.ok) this.showWeights(summary.weights);
    if (this.#scenario) this.#notes.show(summary.diagnostics, this.#scenario);
  }

  /** Shows the normalised weight shares of the last valid run. */
  showWeights(weights: Readonly<Record<string, number>>): void {
    this.#lastWeights = weights;
    for (const [id, out] of this.#shares) {
      const w = weights[id];
      out.value = w === undefined ? '' : pct(w);
    }
  }
}
