import {
  prepareRobustness,
  type RobustnessModel,
  type RobustnessPart,
  runRobustnessDraws,
  runSobolSamples,
  type SobolPart,
  type VillageTable,
} from '@lokus/core';

/** One thread's share of a robustness analysis: a range of draws and a range of Sobol samples. */
export interface RobustnessJob {
  readonly table: VillageTable;
  readonly scenario: unknown;
  readonly spec: unknown;
  readonly file?: string;
  readonly draws: readonly [number, number];
  readonly sobol: readonly [number, number];
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
 * robustnessModel(table, scenario, { draws: 10 }).spec.draws; // => 10
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
 * runRobustnessJob(model, { table, scenario, spec, draws: [0, 10], sobol: [0, 0] }).draws.to; // => 10
 */
export function runRobustnessJob(
  model: RobustnessModel,
  job: RobustnessJob,
  onProgress?: (done: number) => void,
): RobustnessJobParts {
  const draws = runRobustnessDraws(model, {
    from: job.draws[0],
    to: job.draws[1],
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const sobolNeeded = model.spec.sobol > 0 && model.factors.length > 0;
  const sobol = sobolNeeded
    ? runSobolSamples(model, { from: job.sobol[0], to: job.sobol[1] })
    : null;
  return { draws, sobol };
}
