import type { CoreDiagnostic } from '../types.ts';
import type { Scenario, ScenarioIndicator } from './types.ts';
import { scenarioDefaults } from './vocabulary.ts';

const invalid = (path: string, message: string): CoreDiagnostic => ({
  code: 'SCENARIO_INVALID',
  severity: 'error',
  message,
  path,
});

/**
 * The rules of a scenario that its JSON Schema cannot say, each its own check: the indicators
 * (unique ids, no self-denominator, increasing ranges and goalposts), the weights (manual weights
 * present and not all zero, nested dimensions and zeros), what the methods need (goalposts,
 * Alkire–Foster cutoffs, PROMETHEE II's p, an increasing normalise range), the selection (the
 * number its mode needs, quota min ≤ max) and manual class breaks. Every problem is a
 * `SCENARIO_INVALID` diagnostic with its JSON path. Internal to `resolveScenario`; expects a scenario that passed the schema.
 */
export function checkSemantics(s: Scenario, out: CoreDiagnostic[]): void {
  checkIndicators(s, out);
  checkWeights(s, out);
  checkMethodNeeds(s, out);
  checkSelect(s, out);
  checkClassify(s, out);
}

/** Unique ids, no indicator its own denominator, ranges and goalposts with low < high. */
function checkIndicators(s: Scenario, out: CoreDiagnostic[]): void {
  const seen = new Map<string, number>();
  s.indicators.forEach((ind: ScenarioIndicator, i) => {
    const first = seen.get(ind.id);
    if (first !== undefined) {
      out.push(
        invalid(
          `indicators[${i}].id`,
          `Indicator "${ind.id}" is listed twice (indicators[${first}] and indicators[${i}]).`,
        ),
      );
    } else seen.set(ind.id, i);
    if (ind.denominator === ind.id) {
      out.push(
        invalid(
          `indicators[${i}].denominator`,
          `Indicator "${ind.id}" cannot be its own denominator.`,
        ),
      );
    }
    for (const key of ['range', 'goalposts'] as const) {
      const p = ind[key];
      if (p !== undefined && !(p[0] < p[1])) {
        out.push(
          invalid(
            `indicators[${i}].${key}`,
            `indicators[${i}].${key} must be [low, high] with low < high, got [${p[0]}, ${p[1]}].`,
          ),
        );
      }
    }
  });
}

/** Manual weights present and not all zero; nested dimensions given, listed and not all zero. */
function checkWeights(s: Scenario, out: CoreDiagnostic[]): void {
  const method = s.weights?.method ?? scenarioDefaults.weights.method;
  if (method === 'manual') {
    s.indicators.forEach((ind, i) => {
      if (ind.weight === undefined)
        out.push(
          invalid(
            `indicators[${i}].weight`,
            `Manual weights need a weight for indicator "${ind.id}".`,
          ),
        );
    });
    if (s.indicators.every((ind) => ind.weight === 0)) {
      out.push(
        invalid(
          'indicators',
          'Manual weights are all zero; at least one indicator needs a positive weight.',
        ),
      );
    }
  }
  if (method === 'nested') {
    s.indicators.forEach((ind, i) => {
      if (ind.dimension === undefined)
        out.push(
          invalid(
            `indicators[${i}].dimension`,
            `Nested weights need a dimension for indicator "${ind.id}".`,
          ),
        );
    });
    const dims = new Set(s.indicators.map((ind) => ind.dimension));
    for (const d of Object.keys(s.weights?.dimensions ?? {})) {
      if (!dims.has(d))
        out.push(
          invalid(`weights.dimensions.${d}`, `Dimension "${d}" has a weight but no indicator.`),
        );
    }
    checkNestedZeros(s, out);
  }
}

/**
 * Goalposts for goalposts normalisation, cutoffs for Alkire–Foster, PROMETHEE II thresholds, an
 * increasing range.
 */
function checkMethodNeeds(s: Scenario, out: CoreDiagnostic[]): void {
  if ((s.normalise?.method ?? scenarioDefaults.normalise.method) === 'goalposts') {
    s.indicators.forEach((ind, i) => {
      if (ind.goalposts === undefined)
        out.push(
          invalid(
            `indicators[${i}].goalposts`,
            `Goalposts normalisation needs goalposts for indicator "${ind.id}".`,
          ),
        );
    });
  }
  if (s.aggregate?.method === 'alkire-foster') {
    s.indicators.forEach((ind, i) => {
      if (ind.cutoff === undefined)
        out.push(
          invalid(
            `indicators[${i}].cutoff`,
            `Alkire–Foster needs a deprivation cutoff for indicator "${ind.id}".`,
          ),
        );
    });
  }
  checkPreference(s, out);
  const range = s.normalise?.range;
  if (range !== undefined && !(range[0] < range[1])) {
    out.push(
      invalid(
        'normalise.range',
        `normalise.range must be [low, high] with low < high, got [${range[0]}, ${range[1]}].`,
      ),
    );
  }
}

/** PROMETHEE II: a threshold p above q for `v-shape` and `linear`. */
function checkPreference(s: Scenario, out: CoreDiagnostic[]): void {
  const a = s.aggregate;
  if (a?.method !== 'promethee-ii' || (a.preference ?? 'usual') === 'usual') return;
  const q = a.preference === 'linear' ? (a.q ?? 0) : 0;
  if (a.p === undefined || !(a.p > q)) {
    const got = a.p === undefined ? 'none' : String(a.p);
    out.push(
      invalid(
        'aggregate.p',
        `PROMETHEE II with the ${a.preference} preference needs a threshold p above q (${q}), got ${got}.`,
      ),
    );
  }
}

/** The number the selection mode needs, and quota min ≤ max. */
function checkSelect(s: Scenario, out: CoreDiagnostic[]): void {
  const sel = s.select;
  if (sel !== undefined) {
    const need = { 'top-n': 'n', 'top-percent': 'percent', threshold: 'threshold' } as const;
    const key = need[sel.mode];
    if (sel[key] === undefined)
      out.push(invalid(`select.${key}`, `Selection mode "${sel.mode}" needs select.${key}.`));
    const q = sel.quota;
    if (q?.min !== undefined && q.max !== undefined && q.min > q.max) {
      out.push(
        invalid(
          'select.quota',
          `select.quota.min (${q.min}) is larger than select.quota.max (${q.max}).`,
        ),
      );
    }
  }
}

/** Manual classification: breaks present and strictly ascending. */
function checkClassify(s: Scenario, out: CoreDiagnostic[]): void {
  const cls = s.classify;
  if (cls?.scheme === 'manual') {
    const b = cls.breaks;
    if (b === undefined)
      out.push(invalid('classify.breaks', 'Manual classification needs classify.breaks.'));
    else if (b.some((x, i) => i > 0 && !(x > b[i - 1]!))) {
      out.push(
        invalid(
          'classify.breaks',
          `classify.breaks must be strictly ascending, got [${b.join(', ')}].`,
        ),
      );
    }
  }
}

/**
 * Nested weights that `nestedWeights` could not use: a dimension whose indicators all weigh 0, or
 * dimension weights that are all 0 (unlisted dimensions get the mean of the listed ones).
 */
function checkNestedZeros(s: Scenario, out: CoreDiagnostic[]): void {
  const members = new Map<string, number[]>();
  s.indicators.forEach((ind, i) => {
    if (ind.dimension === undefined) return;
    const list = members.get(ind.dimension);
    if (list === undefined) members.set(ind.dimension, [i]);
    else list.push(i);
  });
  for (const [d, list] of members) {
    if (list.every((i) => (s.indicators[i]!.weight ?? 1) === 0)) {
      out.push(
        invalid(
          `indicators[${list[0]}].weight`,
          `Every indicator of dimension "${d}" has weight 0; at least one needs a positive weight.`,
        ),
      );
    }
  }
  const given = s.weights?.dimensions ?? {};
  const listed = Object.keys(given).filter((d) => members.has(d));
  const fill = listed.length === 0 ? 1 : listed.reduce((a, d) => a + given[d]!, 0) / listed.length;
  const all = [...members.keys()].map((d) => (Object.hasOwn(given, d) ? given[d]! : fill));
  if (all.length > 0 && all.every((w) => w === 0)) {
    out.push(
      invalid(
        'weights.dimensions',
        'Dimension weights are all zero; at least one dimension needs a positive weight.',
      ),
    );
  }
}
