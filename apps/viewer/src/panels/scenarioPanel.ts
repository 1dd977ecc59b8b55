/**
 * Scenario editor: indicators on/off with direction and weight, normalisation, weighting,
 * aggregation, selection rule, quota and map classes. Every change hands a new scenario to
 * `onChange`; the weight shares shown come from the run's weight stage.
 */
import type {
  Direction,
  IndicatorMeta,
  Scenario,
  ScenarioIndicator,
  SelectSpec,
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
import { label, pct, t, tk } from '../i18n/index.ts';
import type { RunSummary } from '../worker/protocol.ts';

export interface ScenarioPanelOptions {
  readonly onChange: (scenario: Scenario) => void;
  readonly onExample: (url: string | null) => void;
}

function select<T extends string>(
  id: string,
  text: string,
  values: readonly T[],
  current: T,
  names: (v: T) => string,
  onChange: (v: T) => void,
): HTMLElement {
  const el = h(
    'select',
    { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value as T) },
    ...values.map((v) => h('option', { value: v, selected: v === current }, names(v))),
  );
  return h('label', { class: 'field', for: id }, h('span', {}, text), el);
}

function numberField(
  id: string,
  text: string,
  value: number | undefined,
  attrs: { min?: number; max?: number; step?: number },
  onChange: (v: number | undefined) => void,
): HTMLElement {
  const input = h('input', {
    id,
    type: 'number',
    value: value ?? '',
    min: attrs.min,
    max: attrs.max,
    step: attrs.step ?? 1,
    onchange: (e: Event) => {
      const raw = (e.target as HTMLInputElement).value;
      onChange(raw === '' ? undefined : Number(raw));
    },
  });
  return h('label', { class: 'field', for: id }, h('span', {}, text), input);
}

export class ScenarioPanel {
  readonly element: HTMLElement;
  readonly #options: ScenarioPanelOptions;
  #scenario: Scenario | null = null;
  #catalog: readonly IndicatorMeta[] = [];
  readonly #shares = new Map<string, HTMLOutputElement>();

  constructor(options: ScenarioPanelOptions) {
    this.#options = options;
    this.element = h('section', { class: 'panel scenario-panel', 'aria-label': t('scenario') });
  }

  #examples: readonly string[] = [];
  #editing = '';

  #emit(next: Scenario, rerender = true): void {
    this.#scenario = next;
    this.#options.onChange(next);
    if (rerender) this.render(next, this.#catalog, this.#examples, this.#editing);
  }

  #patch(patch: Partial<Scenario>): void {
    if (this.#scenario) this.#emit({ ...this.#scenario, ...patch });
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
      indicators = [...s.indicators, { ...meta, weight: 1, ...patch }].sort(
        (a, b) => order.indexOf(a.id) - order.indexOf(b.id),
      );
    }
    this.#emit({ ...s, indicators });
  }

  /** Rebuilds the controls for a scenario (call when the scenario is replaced, not edited). */
  render(
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
    const s = scenario;
    const inScenario = new Map(s.indicators.map((i) => [i.id, i]));
    const all = [...catalog, ...s.indicators.filter((i) => !catalog.some((m) => m.id === i.id))];
    const weightMethod = s.weights?.method ?? DEFAULTS.weights.method;
    const sel: SelectSpec = s.select ?? DEFAULTS.select;
    const setSelect = (patch: Partial<SelectSpec>) => this.#patch({ select: { ...sel, ...patch } });

    const rows = all.map((m) => {
      const cur = inScenario.get(m.id);
      const on = cur !== undefined;
      const share = h(
        'output',
        { id: `share-${m.id}`, class: 'share', for: `w-${m.id}` },
        on ? '…' : '',
      );
      this.#shares.set(m.id, share);
      return h(
        'div',
        { class: on ? 'indicator on' : 'indicator' },
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
          h('span', {}, label(m.label, m.id)),
        ),
        h(
          'select',
          {
            'aria-label': `${t('direction')}: ${label(m.label, m.id)}`,
            disabled: !on,
            onchange: (e: Event) =>
              this.#setIndicator(
                m.id,
                { direction: (e.target as HTMLSelectElement).value as Direction },
                true,
              ),
          },
          h(
            'option',
            { value: 'higher-is-worse', selected: (cur ?? m).direction === 'higher-is-worse' },
            t('higherIsWorse'),
          ),
          h(
            'option',
            { value: 'higher-is-better', selected: (cur ?? m).direction === 'higher-is-better' },
            t('higherIsBetter'),
          ),
        ),
        h(
          'div',
          { class: 'weight' },
          h('input', {
            type: 'range',
            id: `w-${m.id}`,
            min: 0,
            max: 10,
            step: 0.5,
            value: cur?.weight ?? 1,
            disabled: !on,
            'aria-label': `${t('weight')}: ${label(m.label, m.id)}`,
            oninput: (e: Event) => {
              const weight = Number((e.target as HTMLInputElement).value);
              const scenarioNow = this.#scenario;
              if (!scenarioNow) return;
              this.#emit(
                {
                  ...scenarioNow,
                  weights: { ...scenarioNow.weights, method: 'manual' },
                  indicators: scenarioNow.indicators.map((i) =>
                    i.id === m.id ? { ...i, weight } : i,
                  ),
                },
                false,
              );
              const wm = this.element.querySelector<HTMLSelectElement>('#weight-method');
              if (wm) wm.value = 'manual';
            },
          }),
          share,
        ),
      );
    });

    replace(
      this.element,
      h('h2', {}, `${t('scenario')} · ${editing}`),
      select(
        'example',
        t('exampleScenario'),
        ['', ...examples],
        '',
        (v) => (v === '' ? '—' : decodeURIComponent(v.split('/').pop() ?? v)),
        (v) => this.#options.onExample(v === '' ? null : v),
      ),
      h('p', { class: 'scenario-name' }, s.name),
      h('fieldset', {}, h('legend', {}, t('indicators')), ...rows),
      h(
        'fieldset',
        {},
        h('legend', {}, t('normalisation')),
        select(
          'normalise',
          t('normalisation'),
          NORMALISE_METHODS,
          s.normalise?.method ?? DEFAULTS.normalise.method,
          (v) => tk(`norm_${v}`),
          (v) => this.#patch({ normalise: { ...s.normalise, method: v } }),
        ),
        select(
          'weight-method',
          t('weighting'),
          WEIGHT_METHODS,
          weightMethod,
          (v) => tk(`weights_${v}`),
          (v) => this.#patch({ weights: { ...this.#scenario?.weights, method: v } }),
        ),
        select(
          'aggregate',
          t('aggregation'),
          AGGREGATE_METHODS,
          s.aggregate?.method ?? DEFAULTS.aggregate.method,
          (v) => tk(`method_${v}`),
          (v) => this.#patch({ aggregate: { ...s.aggregate, method: v } }),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t('selection')),
        select(
          'select-mode',
          t('selectMode'),
          SELECT_MODES,
          sel.mode,
          (v) => t(v === 'top-n' ? 'topN' : v === 'top-percent' ? 'topPercent' : 'threshold'),
          (mode) => setSelect({ mode }),
        ),
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
              ),
        numberField('quota-min', t('quotaMin'), sel.quota?.min, { min: 0 }, (min) => {
          const { min: _old, ...rest } = sel.quota ?? {};
          setSelect({ quota: min === undefined ? rest : { ...rest, min } });
        }),
        numberField('quota-max', t('quotaMax'), sel.quota?.max, { min: 0 }, (max) => {
          const { max: _old, ...rest } = sel.quota ?? {};
          setSelect({ quota: max === undefined ? rest : { ...rest, max } });
        }),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t('classification')),
        select(
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
      ),
    );
    this.showWeights(this.#lastWeights);
    if (focused) document.getElementById(focused)?.focus();
  }

  #lastWeights: Readonly<Record<string, number>> = {};

  /** Shows what a run of this scenario gave: the weight shares actually used. */
  showRun(summary: RunSummary): void {
    this.showWeights(summary.weights);
  }

  /** Shows the normalised weight shares of the last run. */
  showWeights(weights: Readonly<Record<string, number>>): void {
    this.#lastWeights = weights;
    for (const [id, out] of this.#shares) {
      const w = weights[id];
      out.value = w === undefined ? '' : pct(w);
    }
  }
}
