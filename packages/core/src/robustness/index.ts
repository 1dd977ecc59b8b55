// Types of the analysis and its result
export type * from './types.ts';

// The `robustness` block of a scenario: schema, defaults, validation
export { robustnessJsonSchema } from './robustnessJsonSchema.ts';
export {
  type ResolveRobustnessOptions,
  resolveRobustness,
  robustnessDefaults,
} from './resolveRobustness.ts';

// One call: prepare → draws → Sobol → summary
export { analyseRobustness } from './analyseRobustness.ts';

// The steps, for ranges of draws on several threads
export {
  type PrepareRobustnessOptions,
  prepareRobustness,
  ROBUSTNESS_RANK_MAX_VILLAGES,
  type RobustnessModel,
} from './prepareRobustness.ts';
export { type DrawRangeOptions, runRobustnessDraws } from './runRobustnessDraws.ts';
export { runSobolSamples } from './runSobolSamples.ts';
export { mergeRobustnessParts, mergeSobolParts } from './mergeRobustnessParts.ts';
export { summariseRobustness } from './summariseRobustness.ts';
export { leaveOneIndicatorOut } from './leaveOneIndicatorOut.ts';

// Building blocks
export { createLociSelector, type LociSelector } from './createLociSelector.ts';
export { type SobolDesignOptions, sobolDesign } from './sobolDesign.ts';
export { sobolIndices } from './sobolIndices.ts';
export { type SobolAnalysisOptions, sobolAnalysis } from './sobolAnalysis.ts';
export { streamSeed } from './streamSeed.ts';
export { gammaVariate } from './gammaVariate.ts';

// Presenting: why a village is borderline
export {
  type BorderlineReason,
  type BorderlineReasonsOptions,
  borderlineReasons,
  type LevelProbability,
} from './borderlineReasons.ts';
