import { checkSchema } from '../scenario/checkSchema.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { CoreDiagnostic } from '../types.ts';
import { robustnessJsonSchema } from './robustnessJsonSchema.ts';
import type { ResolvedRobustness, RobustnessSpec } from './types.ts';

/**
 * The defaults `resolveRobustness` fills in, stated once. Empty method lists mean "the
 * scenario's own method".
 *
 * @example
 * robustnessDefaults.thresholds; // => { stableLocus: 0.9, stableNonLocus: 0.1 }
 */
export const robustnessDefaults = {
  draws: 1000,
  seed: 1,
  weights: { method: 'uniform', factor: 0.2, concentration: 100 },
  normalise: [],
  aggregate: [],
  dropIndicator: 0,
  sobol: 256,
  thresholds: { stableLocus: 0.9, stableNonLocus: 0.1 },
} as const satisfies ResolvedRobustness;

/** Options of {@link resolveRobustness}. */
export interface ResolveRobustnessOptions {
  /** The resolved scenario: fills the method lists and checks what the methods need. */
  readonly scenario?: ResolvedScenario;
  /** JSON path of the block, for diagnostics (default `robustness`). */
  readonly path?: string;
}

const invalid = (path: string, message: string, value?: unknown): CoreDiagnostic => ({
  code: 'SCENARIO_INVALID',
  severity: 'error',
  message,
  path,
  ...(value === undefined ? {} : { value }),
});

/**
 * Validates a scenario's `robustness` block and fills in its defaults. Problems are
 * `SCENARIO_INVALID` diagnostics whose `path` names the field (`robustness.weights.factor`);
 * the block is then `null`. Besides the schema (`robustnessJsonSchema`): `weights.factor` < 1,
 * `stableNonLocus` < `stableLocus`, and, given the scenario, `goalposts` needs goalposts on every
 * indicator and `alkire-foster` a cutoff on every indicator.
 *
 * @example
 * resolveRobustness({ draws: 500, weights: { factor: 0.1 } }).spec?.weights;
 * // => { method: 'uniform', factor: 0.1, concentration: 100 }
 * resolveRobustness({ draws: 0 }).diagnostics.map((d) => d.path); // => ['robustness.draws']
 */
export function resolveRobustness(
  input: unknown,
  options: ResolveRobustnessOptions = {},
): { spec: ResolvedRobustness | null; diagnostics: CoreDiagnostic[] } {
  const path = options.path ?? 'robustness';
  const diagnostics: CoreDiagnostic[] = [];
  checkSchema(robustnessJsonSchema, input ?? {}, path, diagnostics);
  if (diagnostics.length > 0) return { spec: null, diagnostics };
  const s = (input ?? {}) as RobustnessSpec;
  const d = robustnessDefaults;
  const scenario = options.scenario;
  const spec: ResolvedRobustness = {
    draws: s.draws ?? d.draws,
    seed: s.seed ?? d.seed,
    weights: { ...d.weights, ...s.weights },
    normalise: dedupe(s.normalise ?? (scenario ? [scenario.normalise.method] : d.normalise)),
    aggregate: dedupe(s.aggregate ?? (scenario ? [scenario.aggregate.method] : d.aggregate)),
    dropIndicator: s.dropIndicator ?? d.dropIndicator,
    sobol: s.sobol ?? d.sobol,
    thresholds: { ...d.thresholds, ...s.thresholds },
  };
  checkRules(spec, s, scenario, path, diagnostics);
  return diagnostics.length > 0 ? { spec: null, diagnostics } : { spec, diagnostics };
}

function dedupe<T>(list: readonly T[]): readonly T[] {
  return [...new Set(list)];
}

function checkRules(
  spec: ResolvedRobustness,
  input: RobustnessSpec,
  scenario: ResolvedScenario | undefined,
  path: string,
  out: CoreDiagnostic[],
): void {
  if (!(spec.weights.factor < 1)) {
    out.push(
      invalid(
        `${path}.weights.factor`,
        `${path}.weights.factor must be below 1 (a weight cannot vary by 100 % or more), got ${spec.weights.factor}.`,
        spec.weights.factor,
      ),
    );
  }
  const t = spec.thresholds;
  if (!(t.stableNonLocus < t.stableLocus)) {
    out.push(
      invalid(
        `${path}.thresholds`,
        `${path}.thresholds.stableNonLocus (${t.stableNonLocus}) must be below stableLocus (${t.stableLocus}).`,
      ),
    );
  }
  if (scenario === undefined) return;
  const needs = [
    { list: 'normalise', method: 'goalposts', field: 'goalposts' },
    { list: 'aggregate', method: 'alkire-foster', field: 'cutoff' },
  ] as const;
  for (const { list, method, field } of needs) {
    if (!(spec[list] as readonly string[]).includes(method)) continue;
    // The position in the list as written (repeats are dropped when resolving).
    const k = Math.max(0, ((input[list] ?? []) as readonly string[]).indexOf(method));
    const missing = scenario.indicators.filter((ind) => ind[field] === undefined).map((i) => i.id);
    if (missing.length > 0) {
      out.push(
        invalid(
          `${path}.${list}[${k}]`,
          `${path}.${list} lists "${method}", which needs a ${field} on every indicator; missing on ${missing.join(', ')}.`,
          method,
        ),
      );
    }
  }
}
