import {
  prepareRobustness,
  type RobustnessModel,
  type RobustnessPart,
  runRobustnessDraws,
  runSobolSamples,
  type SobolPart,
  type VillageTable,
} from '@lokus/core';

/**
 * One thread's share of a robustness analysis: a range of draws and a range of Sobol samples.
 * With `claim`, the draw range is shared with another thread as it runs (`runRobustnessDraws`'s
 * `claim`): both count the draws they take in the one 32-bit integer of that buffer, one walking
 * up the range and the other down (`descending`).
 */
export interface RobustnessJob {
  readonly table: VillageTable;
  readonly scenario: unknown;
  readonly spec: unknown;
  readonly file?: string;
  readonly draws: readonly [number, number];
  readonly sobol: readonly [number, number];
  readonly claim?: SharedArrayBuffer;
  readonly descending?: boolean;
}

/** What a share gives back, merged by `mergeRobustnessParts` / `mergeSobolParts`. */
export interface RobustnessJobParts {
  readonly draws: RobustnessPart;
  readonly sobol: SobolPart | null;
}

/**
 * The robustness model of a job (`prepareRobustness`), or an error naming the first problem.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 9, b: 1 } },
 *   { code: '99.01.01.2002', values: { a: 5, b: 5 } },
 *   { code: '99.01.02.2001', values: { a: 1, b: 2 } },
 * ]);
 * const ind = (id) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' });
 * const scenario = { name: 'two indicators', indicators: [ind('a'), ind('b')], select: { mode: 'top-n', n: 1 } };
 * const spec = { draws: 200, weights: { factor: 0.5 }, sobol: 0 };
 * const model = robustnessModel(table, scenario, spec);
 * [model.spec.draws, model.factors]; // => [200, ['weights']]
 * await Promise.resolve().then(() => robustnessModel(table, scenario, { draws: -1 })).catch((e) => e.message);
 * // => 'robustness analysis failed: robustness.draws must be ≥ 1, got -1.'
 */
export function robustnessModel(
  table: VillageTable,
  scenario: unknown,
  spec: unknown,
  file?: string,
): RobustnessModel {
  const { model, diagnostics } = prepareRobustness(table, scenario, {
    spec,
    ...(file === undefined ? {} : { file }),
  });
  if (model === null) {
    throw new Error(
      `robustness analysis failed: ${diagnostics.find((d) => d.severity === 'error')?.message}`,
    );
  }
  return model;
}

/**
 * Runs one share of the draws and Sobol samples on a prepared model; the same code on every
 * thread, so merged shares equal the single-thread run.
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 9, b: 1 } },
 *   { code: '99.01.01.2002', values: { a: 5, b: 5 } },
 *   { code: '99.01.02.2001', values: { a: 1, b: 2 } },
 * ]);
 * const ind = (id) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' });
 * const scenario = { name: 'two indicators', indicators: [ind('a'), ind('b')], select: { mode: 'top-n', n: 1 } };
 * const spec = { draws: 200, weights: { factor: 0.5 }, sobol: 0 };
 * const model = robustnessModel(table, scenario, spec);
 * const low = runRobustnessJob(model, { table, scenario, spec, draws: [0, 120], sobol: [0, 0] });
 * const high = runRobustnessJob(model, { table, scenario, spec, draws: [120, 200], sobol: [0, 0] });
 * [low.draws.from, low.draws.to, high.draws.to, low.sobol]; // => [0, 120, 200, null]
 * summariseRobustness(model, mergeRobustnessParts([low.draws, high.draws]), null).probability;
 * // => Float64Array [0.05, 0.95, 0]
 */
export function runRobustnessJob(
  model: RobustnessModel,
  job: RobustnessJob,
  onProgress?: (done: number) => void,
): RobustnessJobParts {
  const [from, to] = job.draws;
  const taken = job.claim === undefined ? null : new Int32Array(job.claim);
  const draws = runRobustnessDraws(model, {
    from,
    to,
    descending: job.descending === true,
    ...(taken === null ? {} : { claim: () => Atomics.add(taken, 0, 1) < to - from }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const sobolNeeded = model.spec.sobol > 0 && model.factors.length > 0;
  const sobol = sobolNeeded
    ? runSobolSamples(model, { from: job.sobol[0], to: job.sobol[1] })
    : null;
  return { draws, sobol };
}
