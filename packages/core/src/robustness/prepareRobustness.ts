import { aggregate } from '../aggregate/aggregate.ts';
import { COPELAND_MAX_VILLAGES } from '../aggregate/copeland.ts';
import type { ScenarioResult, Stages } from '../result.ts';
import { createRunner } from '../runner/createRunner.ts';
import type { NormaliseMethod, ResolvedScenario } from '../scenario/types.ts';
import type { CoreDiagnostic, VillageTable } from '../types.ts';
import { createLociSelector, type LociSelector } from './createLociSelector.ts';
import { resolveRobustness } from './resolveRobustness.ts';
import { ROBUSTNESS_FACTORS } from './sampleChoice.ts';
import { arithmeticInto, geometricInto, geometricLogs, unitWeights } from './scoreKernels.ts';
import type {
  ChoiceLevel,
  ResolvedRobustness,
  RobustnessChoice,
  RobustnessFactor,
} from './types.ts';

/**
 * Villages above which rank intervals are not tallied (a rank histogram is n² counts).
 *
 * @example
 * ROBUSTNESS_RANK_MAX_VILLAGES; // => 4096
 */
export const ROBUSTNESS_RANK_MAX_VILLAGES = 4096;

/** One normalisation method, run once (the scenario's own always): columns in indicator order. */
interface Variant {
  readonly stages: Stages;
  readonly cols: readonly Float64Array[];
  /** 1 where a column has a missing value. */
  readonly gapped: Uint8Array;
  /** `geometricLogs` of each column when the geometric mean is drawn. */
  readonly logs: readonly Float64Array[] | null;
  /** The villages `stages.excluded` marks, whose score is `NaN`. */
  readonly excludedList: Int32Array;
}

/**
 * Everything the draws share, computed once: the scenario's own run, one pipeline run per
 * normalisation method (impute, treat and normalise are not repeated per draw), the agreed
 * weights, and a fast selector with the scenario's own selection rules. Made by
 * {@link prepareRobustness}; read by `runRobustnessDraws`, `runSobolSamples`,
 * `leaveOneIndicatorOut` and `summariseRobustness`. Holds reusable buffers: use one model per
 * thread.
 */
export interface RobustnessModel {
  readonly table: VillageTable;
  readonly scenario: ResolvedScenario;
  readonly spec: ResolvedRobustness;
  /** The scenario's own run. */
  readonly base: ScenarioResult & { readonly stages: Stages };
  readonly indicators: readonly string[];
  /** The agreed weights, indicator order (the base run's, also under other normalisations). */
  readonly baseWeights: Float64Array;
  /** The values of the discrete choices, in tally order: normalisations, aggregations, none + indicators dropped. */
  readonly levels: readonly ChoiceLevel[];
  /** The choices that vary, in `ROBUSTNESS_FACTORS` order. */
  readonly factors: readonly RobustnessFactor[];
  /** Scores one choice into a shared buffer (valid until the next call). */
  readonly score: (choice: RobustnessChoice) => Float64Array;
  /** The scenario's selection rules, fast. */
  readonly select: LociSelector;
}

/** Options of {@link prepareRobustness}. */
export interface PrepareRobustnessOptions {
  /** The analysis; default: the scenario's own `robustness` block. */
  readonly spec?: unknown;
  /** File name of the table, copied into diagnostics. */
  readonly file?: string;
}

/**
 * Prepares a robustness analysis of a scenario on a table: runs the scenario (its diagnostics are
 * returned), resolves the `robustness` block (`resolveRobustness`), runs the pipeline once per
 * normalisation method listed, and builds the per-draw score and selection. The `robustness`
 * key of the scenario is set aside before the scenario runs. `model` is `null` when an error
 * diagnostic stops the analysis (`SCENARIO_INVALID` with a `robustness.*` path,
 * `ROBUSTNESS_SCOPED` for a scenario ranked within each kabupaten or province, which the draws
 * do not do,
 * `AGGREGATION_TOO_LARGE` for Copeland on a large table, or any error of the scenario's run).
 *
 * Complexity: one scenario run per normalisation method, O(n·m) each (through one `createRunner`,
 * so checks, imputation and treatment run once).
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 1, b: 5 } },
 *   { code: '99.01.01.2002', values: { a: 4, b: 2 } },
 *   { code: '99.01.02.2001', values: { a: 3, b: 3 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const { model } = prepareRobustness(table, {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 100, weights: { factor: 0.5 } },
 * });
 * model?.factors; // => ['weights']
 */
export function prepareRobustness(
  table: VillageTable,
  scenarioInput: unknown,
  options: PrepareRobustnessOptions = {},
): { model: RobustnessModel | null; diagnostics: CoreDiagnostic[] } {
  const { robustness, scenario: rest } = splitScenario(scenarioInput);
  const runOptions = options.file === undefined ? {} : { file: options.file };
  // One runner: the other normalisations reuse the base run's checks, imputation and treatment.
  const runner = createRunner(table, runOptions);
  const base = runner.run(rest);
  const diagnostics = [...base.diagnostics];
  const baseStages = base.stages;
  if (!base.ok || baseStages === null) return { model: null, diagnostics };
  const scenario = base.scenario;
  const by = scenario.scope?.by;
  if (by === 'kabupaten' || by === 'province') {
    // The draws re-score the whole table in one pool: they would not be the scoped result's.
    diagnostics.push({
      code: 'ROBUSTNESS_SCOPED',
      severity: 'error',
      message: `The robustness analysis ranks the whole table in one pool and cannot analyse a scenario ranked within each ${by} (scope.by ${by}); analyse each ${by}'s rows on their own (scopeGroups, subTable).`,
      path: 'scope',
      value: by,
    });
    return { model: null, diagnostics };
  }
  const resolved = resolveRobustness(options.spec ?? robustness, { scenario });
  diagnostics.push(...resolved.diagnostics);
  const spec = resolved.spec;
  if (spec === null) return { model: null, diagnostics };
  const copeland = spec.aggregate.indexOf('copeland');
  if (copeland >= 0 && table.length > COPELAND_MAX_VILLAGES) {
    diagnostics.push({
      code: 'AGGREGATION_TOO_LARGE',
      severity: 'error',
      message: `robustness.aggregate lists "copeland", which is limited to ${COPELAND_MAX_VILLAGES} villages; this table has ${table.length}.`,
      path: `robustness.aggregate[${copeland}]`,
      value: table.length,
    });
    return { model: null, diagnostics };
  }
  const ids = scenario.indicators.map((ind) => ind.id);
  const variants = new Map<NormaliseMethod, Variant>();
  for (const method of new Set([scenario.normalise.method, ...spec.normalise])) {
    const run =
      method === scenario.normalise.method
        ? base
        : runner.run({ ...(rest as object), normalise: { ...scenario.normalise, method } });
    if (!run.ok || run.stages === null) {
      diagnostics.push(...run.diagnostics.filter((d) => d.severity === 'error'));
      return { model: null, diagnostics };
    }
    const cols = ids.map((id) => run.stages!.normalised[id]!);
    const gapped = Uint8Array.from(cols, (c) => (c.some((v) => Number.isNaN(v)) ? 1 : 0));
    // Logarithms for the geometric mean, once per column rather than once per draw.
    const logs = spec.aggregate.includes('geometric') ? cols.map(geometricLogs) : null;
    const excludedList = indicesOf(run.stages.excluded);
    variants.set(method, { stages: run.stages, cols, gapped, logs, excludedList });
  }
  const baseWeights = Float64Array.from(ids, (id) => baseStages.weights.weights[id]!);
  const model: RobustnessModel = {
    table,
    scenario,
    spec,
    base: base as RobustnessModel['base'],
    indicators: ids,
    baseWeights,
    levels: [
      ...spec.normalise.map((value) => ({ factor: 'normalise' as const, value })),
      ...spec.aggregate.map((value) => ({ factor: 'aggregate' as const, value })),
      ...['none', ...ids].map((value) => ({ factor: 'dropIndicator' as const, value })),
    ],
    factors: variedFactors(spec, baseWeights),
    score: createScorer(table, scenario, variants),
    select: createLociSelector(table, scenario.select, baseStages.selected.reason),
  };
  return { model, diagnostics };
}

/** The scenario without its `robustness` block, and the block. */
function splitScenario(input: unknown): { robustness: unknown; scenario: unknown } {
  if (typeof input !== 'object' || input === null || !('robustness' in input)) {
    return { robustness: undefined, scenario: input };
  }
  const { robustness, ...scenario } = input as Record<string, unknown>;
  return { robustness, scenario };
}

/** The factors that actually vary. */
function variedFactors(spec: ResolvedRobustness, b: Float64Array): RobustnessFactor[] {
  const positive = b.filter((w) => w > 0).length;
  const w = spec.weights;
  const varies: Record<RobustnessFactor, boolean> = {
    weights: (w.method === 'uniform' && w.factor > 0) || w.method === 'dirichlet',
    normalise: spec.normalise.length > 1,
    aggregate: spec.aggregate.length > 1,
    dropIndicator: spec.dropIndicator > 0 && positive > 1,
  };
  return ROBUSTNESS_FACTORS.filter((f) => varies[f]);
}

/** The score of a choice: fast kernels for the means, `aggregate` for the other methods. */
function createScorer(
  table: VillageTable,
  scenario: ResolvedScenario,
  variants: ReadonlyMap<NormaliseMethod, Variant>,
): (choice: RobustnessChoice) => Float64Array {
  const n = table.length;
  const out = new Float64Array(n);
  const present = new Float64Array(n);
  const w = new Float64Array(scenario.indicators.length);
  return (choice) => {
    const variant = variants.get(choice.normalise)!;
    const method = choice.aggregate;
    if (method === 'arithmetic') {
      unitWeights(choice.weights, w);
      arithmeticInto(variant.cols, variant.gapped, w, out, present);
    } else if (method === 'geometric') {
      unitWeights(choice.weights, w);
      geometricInto(
        variant.logs ?? variant.cols.map(geometricLogs),
        variant.gapped,
        w,
        out,
        present,
      );
    } else {
      const weights: Record<string, number> = {};
      scenario.indicators.forEach((ind, j) => {
        weights[ind.id] = choice.weights[j]!;
      });
      const treated: Record<string, Float64Array> = {};
      for (const ind of scenario.indicators)
        treated[ind.id] = variant.stages.treated[ind.id]!.values;
      const { output } = aggregate(
        { ...scenario.aggregate, method },
        {
          normalised: variant.stages.normalised,
          treated,
          weights,
          indicators: scenario.indicators,
          groups: table.kecamatan,
        },
      );
      out.set(output.score);
    }
    for (const i of variant.excludedList) out[i] = Number.NaN;
    return out;
  };
}

/** The positions holding 1. */
function indicesOf(flags: Uint8Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i] === 1) out.push(i);
  return Int32Array.from(out);
}
