import { resolveRobustness } from '../robustness/resolveRobustness.ts';
import type { CoreDiagnostic } from '../types.ts';
import { checkSchema } from './checkSchema.ts';
import { scenarioJsonSchema } from './scenarioJsonSchema.ts';
import type { ResolvedScenario, Scenario, ScenarioIndicator, SelectSpec } from './types.ts';
import { scenarioDefaults } from './vocabulary.ts';

const invalid = (path: string, message: string): CoreDiagnostic => ({
  code: 'SCENARIO_INVALID',
  severity: 'error',
  message,
  path,
});

function checkSemantics(s: Scenario, out: CoreDiagnostic[]): void {
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
  const range = s.normalise?.range;
  if (range !== undefined && !(range[0] < range[1])) {
    out.push(
      invalid(
        'normalise.range',
        `normalise.range must be [low, high] with low < high, got [${range[0]}, ${range[1]}].`,
      ),
    );
  }
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

/**
 * Validates a scenario (parsed JSON or YAML) against {@link scenarioJsonSchema} and the rules the
 * schema cannot say (unique indicator ids, manual weights present, cutoffs for Alkire–Foster,
 * goalposts for goalposts normalisation, the number a selection mode needs, quota min ≤ max,
 * ascending manual breaks), then fills in {@link scenarioDefaults}.
 * Returns `scenario: null` when there is any error; every problem is a `SCENARIO_INVALID`
 * diagnostic with the JSON path and what is wrong. Never throws on bad input; never mutates it.
 *
 * @example
 * const { scenario, diagnostics } = resolveScenario({
 *   name: 'IDM',
 *   indicators: [{ id: 'idm', label: { id: 'IDM', en: 'IDM' }, kind: 'index', direction: 'higher-is-better' }],
 * });
 * scenario?.normalise; // => { method: 'minmax', range: [0, 100] }
 * diagnostics; // => []
 */
export function resolveScenario(input: unknown): {
  scenario: ResolvedScenario | null;
  diagnostics: CoreDiagnostic[];
} {
  const diagnostics: CoreDiagnostic[] = [];
  checkSchema(scenarioJsonSchema, input, '', diagnostics);
  if (diagnostics.length > 0) return { scenario: null, diagnostics };
  const s = input as Scenario;
  checkSemantics(s, diagnostics);
  if (diagnostics.length > 0) return { scenario: null, diagnostics };
  const d = scenarioDefaults;
  const select: SelectSpec = s.select ?? { ...d.select };
  const scenario: ResolvedScenario = {
    name: s.name,
    description: s.description ?? '',
    year: s.year ?? null,
    indicators: s.indicators.map((ind) => ({ ...ind })),
    missing: s.missing ?? d.missing,
    treat: { ...d.treat, ...s.treat },
    normalise: { ...d.normalise, ...s.normalise },
    weights: { ...d.weights, ...s.weights },
    aggregate: { ...d.aggregate, ...s.aggregate },
    select,
    classify: { ...d.classify, ...s.classify },
  };
  if (s.robustness === undefined) return { scenario, diagnostics };
  const robustness = resolveRobustness(s.robustness, { scenario });
  diagnostics.push(...robustness.diagnostics);
  if (robustness.spec === null) return { scenario: null, diagnostics };
  return { scenario: { ...scenario, robustness: robustness.spec }, diagnostics };
}
