/**
 * "How sure is this list?": switches the probability-of-being-a-locus layer on, runs the
 * robustness analysis of the current scenario in its own worker (restarted whenever the scenario
 * changes, while the analyst keeps working), and shows the counts per flag with the thresholds,
 * the Sobol indices as SVG bars, and the selected village's probability, rank interval and
 * reason. Every number comes from `@lokus/core` in the worker; the panel only formats.
 */
import type { NormaliseMethod, RobustnessSpec, Scenario } from '@lokus/core';
import type { AnnexRobustness } from '@lokus/report';
import type { Dataset } from '../data/dataset.ts';
import { h, replace, svg } from '../dom.ts';
import { fmt, label, pct } from '../i18n/index.ts';
import { PROBABILITY_STOPS, ProbabilityLayer } from '../map/probabilityLayer.ts';
import type { VillageMap } from '../map/villageMap.ts';
import { RobustnessClient } from '../worker/robustnessClient.ts';
import type { RobustnessView } from '../worker/robustnessProtocol.ts';
import './robustnessPanel.css';
import { type RobustnessTextKey, rt } from './robustnessText.ts';

/** What the browser tests read from `window.__lokusRobustness`. */
export interface RobustnessHooks {
  /** The spec of the last analysis started. */
  spec: RobustnessSpec | null;
  /** The scenario of the last analysis started. */
  scenario: Scenario | null;
  /** The last finished analysis. */
  view: RobustnessView | null;
  /** Analyses finished (a replaced one does not count). */
  finished: number;
}

declare global {
  interface Window {
    __lokusRobustness?: RobustnessHooks;
  }
}

/** The choices varied when the scenario declares no `robustness` block. */
function defaultSpec(scenario: Scenario): RobustnessSpec {
  const own = scenario.normalise?.method ?? 'minmax';
  const normalise = [...new Set<NormaliseMethod>([own, 'minmax', 'zscore', 'rank'])];
  const agg = scenario.aggregate?.method ?? 'arithmetic';
  const aggregate: NonNullable<RobustnessSpec['aggregate']> =
    agg === 'arithmetic' || agg === 'geometric' ? ['arithmetic', 'geometric'] : [agg];
  return {
    weights: { method: 'uniform', factor: 0.2 },
    normalise,
    aggregate,
    dropIndicator: 0.1,
    sobol: 128,
  };
}

export interface RobustnessPanelOptions {
  readonly map: () => VillageMap;
  readonly dataset: () => Dataset | null;
  readonly scenario: () => Scenario | null;
}

/** The panel on the page (one per viewer), for the print view. */
let active: RobustnessPanel | null = null;

/**
 * The section "Desa borderline dan alasannya" of the analysis the robustness panel shows for the
 * current scenario, or null (switched off, still running, no panel).
 */
export function robustnessAnnexSection(lang: 'id' | 'en'): AnnexRobustness | null {
  return active?.annexSection(lang) ?? null;
}

export class RobustnessPanel {
  readonly element: HTMLElement;
  readonly hooks: RobustnessHooks = { spec: null, scenario: null, view: null, finished: 0 };
  readonly #options: RobustnessPanelOptions;
  readonly #client: RobustnessClient;
  #layer: ProbabilityLayer | null = null;
  #view: RobustnessView | null = null;
  #row: number | null = null;
  /** The scenario whose declared draws and seed the inputs last took. */
  #declaredFrom: Scenario | null = null;
  readonly #toggle: HTMLInputElement;
  readonly #draws: HTMLInputElement;
  readonly #seed: HTMLInputElement;
  readonly #progress: HTMLProgressElement;
  readonly #status = h('p', { class: 'robustness-status', 'aria-live': 'polite' });
  readonly #varies = h('p', { class: 'robustness-varies' });
  readonly #counts = h('p', { class: 'robustness-counts' });
  readonly #sobol = h('div', { class: 'robustness-sobol' });
  readonly #village = h('div', { class: 'robustness-village' });
  readonly #body: HTMLElement;

  constructor(options: RobustnessPanelOptions) {
    this.#options = options;
    window.__lokusRobustness = this.hooks;
    active = this;
    this.#client = new RobustnessClient({
      onProgress: (done, total) => {
        this.#progress.max = total;
        this.#progress.value = done;
        this.#status.textContent = rt('running', { done: fmt(done, 0), total: fmt(total, 0) });
      },
      onDone: (view) => this.#done(view),
      onFailed: (message) => {
        this.#progress.hidden = true;
        this.#status.textContent = rt('failed', { message });
      },
    });
    const restart = () => {
      if (this.#toggle.checked) this.start();
    };
    this.#toggle = h('input', {
      type: 'checkbox',
      id: 'robustness-toggle',
      onchange: () => (this.#toggle.checked ? this.start() : this.stop()),
    });
    this.#draws = h('input', {
      type: 'number',
      id: 'robustness-draws',
      min: 10,
      max: 100000,
      step: 10,
      value: 2000,
      onchange: restart,
    });
    this.#seed = h('input', {
      type: 'number',
      id: 'robustness-seed',
      min: 0,
      step: 1,
      value: 1,
      onchange: restart,
    });
    this.#progress = h('progress', { class: 'robustness-progress', max: 1, value: 0 });
    this.#progress.hidden = true;
    this.#body = h(
      'div',
      { class: 'robustness-body', hidden: true },
      this.#varies,
      this.#progress,
      this.#status,
      this.#legend(),
      this.#counts,
      this.#sobol,
      this.#village,
    );
    this.element = h(
      'section',
      { class: 'panel robustness-panel', id: 'robustness-panel' },
      h('h2', {}, rt('title')),
      h('label', { class: 'robustness-switch' }, this.#toggle, ' ', rt('layer')),
      h(
        'div',
        { class: 'robustness-inputs' },
        h('label', {}, rt('draws'), ' ', this.#draws),
        h('label', {}, rt('seed'), ' ', this.#seed),
      ),
      this.#body,
    );
  }

  /** Switches the layer on and (re)starts the analysis of the current scenario. */
  start(): void {
    const ds = this.#options.dataset();
    const scenario = this.#options.scenario();
    if (!ds || !scenario) return;
    this.#toggle.checked = true;
    this.#body.hidden = false;
    this.#layer ??= new ProbabilityLayer(
      this.#options.map().map,
      h(
        'div',
        { class: 'robustness-map-legend' },
        h('strong', {}, rt('probability')),
        this.#legend(),
      ),
    );
    this.#layer.show(ds);
    this.#layer.clearValues();
    const declared = (scenario as Scenario & { robustness?: RobustnessSpec }).robustness;
    // A scenario that declares its analysis sets the draws and seed (the inputs then show them).
    if (declared && scenario !== this.#declaredFrom) {
      if (declared.draws !== undefined) this.#draws.value = String(declared.draws);
      if (declared.seed !== undefined) this.#seed.value = String(declared.seed);
    }
    this.#declaredFrom = scenario;
    const base = declared ?? defaultSpec(scenario);
    const draws = Math.max(10, Math.round(Number(this.#draws.value) || 2000));
    const seed = Math.max(0, Math.round(Number(this.#seed.value) || 0));
    const spec: RobustnessSpec = { ...base, draws, seed };
    this.hooks.spec = spec;
    this.hooks.scenario = scenario;
    this.#varies.textContent = describeSpec(spec, scenario);
    this.#progress.hidden = false;
    this.#progress.value = 0;
    this.#view = null;
    this.#client.start(ds.table, scenario, spec);
  }

  /** Switches the layer off and stops the analysis. */
  stop(): void {
    this.#toggle.checked = false;
    this.#body.hidden = true;
    this.#client.cancel();
    this.#layer?.hide();
  }

  /** The scenario changed: a running or shown analysis restarts for it. */
  scenarioChanged(): void {
    if (this.#toggle.checked) this.start();
  }

  /** A new dataset: the layer goes, nothing of the old analysis stays. */
  datasetChanged(): void {
    this.stop();
    this.#layer = null;
    this.#view = null;
    this.hooks.view = null;
    this.#row = null;
    replace(this.#village);
  }

  /**
   * The annex section of the finished analysis of the current scenario, for the print view;
   * null while none is shown (switched off, or still running for a new scenario).
   */
  annexSection(lang: 'id' | 'en'): AnnexRobustness | null {
    return this.#toggle.checked && this.#view ? this.#view.annex[lang] : null;
  }

  /** Shows the probability and rank interval of the village at `row` (or nothing). */
  showVillage(row: number | null): void {
    this.#row = row;
    const v = this.#view;
    const ds = this.#options.dataset();
    if (!v || !ds) {
      replace(this.#village);
      return;
    }
    if (row === null) {
      replace(this.#village, h('p', { class: 'hint' }, rt('pickVillage')));
      return;
    }
    const p = v.probability[row]!;
    const flag = v.flag[row]!;
    const rank = v.rank;
    const reason = v.reasons.get(row);
    replace(
      this.#village,
      h('h3', {}, `${rt('village')}: ${ds.table.name[row] || ds.table.code[row]}`),
      h(
        'p',
        { class: 'robustness-probability' },
        `${rt('probability')}: `,
        h(
          'strong',
          { id: 'robustness-probability', 'data-probability': String(p), 'data-row': row },
          pct(p, 1),
        ),
        ` (${rt(flag)})`,
      ),
      rank === null
        ? null
        : h(
            'p',
            { id: 'robustness-rank', class: 'robustness-rank' },
            rt('rankInterval', {
              median: fmt(rank.median[row]!, 1),
              low: fmt(rank.low[row]!, 0),
              high: fmt(rank.high[row]!, 0),
            }),
          ),
      reason ? h('p', { class: 'robustness-reason' }, label(reason)) : null,
    );
  }

  #done(view: RobustnessView): void {
    this.#view = view;
    this.hooks.view = view;
    this.#progress.hidden = true;
    this.#status.textContent = rt('done', {
      draws: fmt(view.draws, 0),
      seed: view.seed,
      seconds: fmt(view.ms / 1000, 1),
    });
    const borderline = Uint8Array.from(view.flag, (f) => (f === 'borderline' ? 1 : 0));
    this.#layer?.setValues(view.probability, borderline);
    const n = { 'stable-locus': 0, borderline: 0, 'stable-non-locus': 0 };
    for (const f of view.flag) n[f]++;
    this.#counts.textContent = rt('counts', {
      stable: n['stable-locus'],
      borderline: n.borderline,
      non: n['stable-non-locus'],
      hi: pct(view.thresholds.stableLocus, 0),
      lo: pct(view.thresholds.stableNonLocus, 0),
    });
    replace(this.#sobol, ...sobolChart(view));
    this.showVillage(this.#row);
    this.hooks.finished++;
  }

  #legend(): HTMLElement {
    const gradient = `linear-gradient(to right, ${PROBABILITY_STOPS.map(([p, c]) => `${c} ${p * 100}%`).join(', ')})`;
    const bar = h('span', { class: 'robustness-gradient' });
    bar.style.background = gradient;
    return h(
      'div',
      { class: 'robustness-legend' },
      h('span', {}, rt('legendLow')),
      bar,
      h('span', {}, rt('legendHigh')),
      h('span', { class: 'robustness-borderline-swatch' }),
      h('span', {}, rt('legendBorderline')),
    );
  }
}

/** What the draws vary, in words. */
function describeSpec(spec: RobustnessSpec, scenario: Scenario): string {
  const w = spec.weights;
  const factor = w?.method === 'none' ? 0 : (w?.factor ?? 0.2);
  return rt('varies', {
    factor: pct(factor, 0),
    normalise: (spec.normalise ?? [scenario.normalise?.method ?? 'minmax']).join(', '),
    aggregate: (spec.aggregate ?? [scenario.aggregate?.method ?? 'arithmetic']).join(', '),
    drop: pct(spec.dropIndicator ?? 0, 0),
  });
}

/** Horizontal bars: first-order (light) and total (dark) Sobol index of each varied choice. */
function sobolChart(view: RobustnessView): Node[] {
  if (view.sobol.length === 0) return [];
  const width = 300;
  const labelW = 110;
  const rowH = 30;
  const span = width - labelW - 40;
  const height = view.sobol.length * rowH + 22;
  const chart = svg('svg', {
    class: 'sobol-chart',
    id: 'robustness-sobol',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': rt('sobolTitle'),
  });
  view.sobol.forEach((s, i) => {
    const y = i * rowH + 2;
    const first = Math.min(1, Math.max(0, s.first));
    const total = Math.min(1, Math.max(0, s.total));
    const name = rt(s.factor as RobustnessTextKey);
    chart.append(
      svg('text', { x: 0, y: y + 17, class: 'bar-label' }, name),
      svg('rect', {
        x: labelW,
        y,
        width: Math.max(0.5, total * span),
        height: 11,
        class: 'sobol-total',
        'data-factor': s.factor,
      }),
      svg('rect', {
        x: labelW,
        y: y + 13,
        width: Math.max(0.5, first * span),
        height: 11,
        class: 'sobol-first',
      }),
      svg('text', { x: labelW + total * span + 4, y: y + 10, class: 'bar-value' }, fmt(s.total, 2)),
      svg('text', { x: labelW + first * span + 4, y: y + 23, class: 'bar-value' }, fmt(s.first, 2)),
    );
  });
  const ly = view.sobol.length * rowH + 8;
  chart.append(
    svg('rect', { x: labelW, y: ly, width: 10, height: 10, class: 'sobol-total' }),
    svg('text', { x: labelW + 14, y: ly + 9, class: 'bar-label' }, rt('sobolTotal')),
    svg('rect', { x: labelW + 70, y: ly, width: 10, height: 10, class: 'sobol-first' }),
    svg('text', { x: labelW + 84, y: ly + 9, class: 'bar-label' }, rt('sobolFirst')),
  );
  return [h('h3', {}, rt('sobolTitle')), chart, h('p', { class: 'hint' }, rt('sobolNote'))];
}
