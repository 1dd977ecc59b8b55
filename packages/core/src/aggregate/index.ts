// Compensatory means
export { arithmeticMean } from './arithmeticMean.ts';
export { geometricMean } from './geometricMean.ts';

// Distance to the ideal (MCDM)
export type { CriterionType } from './types.ts';
export { type TopsisOptions, topsis } from './topsis.ts';
export { type VikorOptions, vikor } from './vikor.ts';

// Counting deprivations
export { type AlkireFosterOptions, alkireFoster } from './alkireFoster.ts';
export { type AlkireFosterSummary, alkireFosterByGroup } from './alkireFosterByGroup.ts';

// Pairwise majority
export { COPELAND_MAX_VILLAGES, type CopelandOptions, copeland } from './copeland.ts';

// Dispatcher
export { type AggregateInput, aggregate } from './aggregate.ts';
