import { canonicalJson } from '../provenance/canonicalJson.ts';
import type { NormalisedStages } from '../scenario/finishRun.ts';
import { imputeStage } from '../scenario/imputeStage.ts';
import { normaliseStage } from '../scenario/normaliseStage.ts';
import { treatStage } from '../scenario/treatStage.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { applyDenominators } from '../table/index.ts';
import type { CoreDiagnostic, IndicatorColumns, VillageTable } from '../types.ts';
import { lastByKey } from './lastByKey.ts';

/** The stages of a run that the weights do not touch: what `createRunner` keeps between runs. */
export interface UpstreamStages extends NormalisedStages {
  /** The diagnostics of impute, treat and normalise, in the order `runScenario` gives them. */
  readonly diagnostics: readonly CoreDiagnostic[];
}

/** A stage's output with the diagnostics it gave. */
interface Noted<T> {
  readonly value: T;
  readonly diagnostics: readonly CoreDiagnostic[];
}

/** Runs `stage` with its own diagnostics list, kept beside its output. */
function noted<T>(stage: (diagnostics: CoreDiagnostic[]) => T): Noted<T> {
  const diagnostics: CoreDiagnostic[] = [];
  return { value: stage(diagnostics), diagnostics };
}

/**
 * What the weight-independent stages read of the indicators: everything but `weight` (and the
 * Alkire–Foster `cutoff`, read only by the aggregation), as canonical JSON.
 */
export function indicatorsKey(scenario: ResolvedScenario): string {
  return canonicalJson(scenario.indicators.map(({ weight, cutoff, ...rest }) => rest));
}

/**
 * The stages 1–4 of `runScenario` (denominators, impute, treat, normalise) for one table, each
 * remembered with the scenario settings it reads, so that a run that changes only weights,
 * aggregation, selection or classes reuses them, and a run that changes the normalisation
 * reuses the imputed and treated columns. Returns a function of the resolved scenario. Each
 * stage's output is made by the same function `runScenario` calls, so it is the same; it is shared
 * by the results of consecutive runs (results are read-only). Internal to `createRunner`.
 *
 * @example
 * const { table } = createTable([{ code: '99.01.01.2001', values: { a: 1 } }, { code: '99.01.01.2002', values: { a: 3 } }]);
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse' }] }).scenario!;
 * upstreamStages(table)(scenario).normalised.a; // => Float64Array [0, 100]
 */
export function upstreamStages(
  table: VillageTable,
): (scenario: ResolvedScenario, keys?: UpstreamKeys) => UpstreamStages {
  const raw = lastByKey<IndicatorColumns>();
  const imputed = lastByKey<Noted<ReturnType<typeof imputeStage>>>();
  const treated = lastByKey<Noted<ReturnType<typeof treatStage>>>();
  const normalised = lastByKey<Noted<Record<string, Float64Array>>>();
  return (scenario, keys = upstreamKeys(scenario)) => {
    const { ind, imputeKey, treatKey, normaliseKey } = keys;
    const r = raw.get(ind, () => applyDenominators(table, scenario.indicators));
    const i = imputed.get(imputeKey, () => noted((d) => imputeStage(table, scenario, r, d)));
    const t = treated.get(treatKey, () => noted((d) => treatStage(scenario, i.value.imputed, d)));
    const n = normalised.get(normaliseKey, () =>
      noted((d) => normaliseStage(scenario, t.value.treatedColumns, d)),
    );
    return {
      raw: r,
      ...i.value,
      ...t.value,
      normalised: n.value,
      diagnostics: [...i.diagnostics, ...t.diagnostics, ...n.diagnostics],
    };
  };
}

/** The settings each kept stage of {@link upstreamStages} reads, as keys. */
export interface UpstreamKeys {
  readonly ind: string;
  readonly imputeKey: string;
  readonly treatKey: string;
  readonly normaliseKey: string;
}

/**
 * The keys of the stages {@link upstreamStages} keeps: the indicators without their weights, then
 * each later stage's key with the settings it reads added. Computed once per run, so a scoped run
 * of many groups does not compute them once per group. O(m).
 *
 * @example
 * const scenario = resolveScenario({ name: 'x', indicators: [{ id: 'a', label: { id: 'a', en: 'a' }, kind: 'index', direction: 'higher-is-worse', weight: 2 }] }).scenario!;
 * upstreamKeys(scenario).ind.includes('weight'); // => false
 */
export function upstreamKeys(scenario: ResolvedScenario): UpstreamKeys {
  const ind = indicatorsKey(scenario);
  const imputeKey = canonicalJson([ind, scenario.missing]);
  const goalposted = scenario.normalise.method === 'goalposts';
  const treatKey = canonicalJson([imputeKey, scenario.treat, goalposted]);
  const normaliseKey = canonicalJson([treatKey, scenario.normalise]);
  return { ind, imputeKey, treatKey, normaliseKey };
}
