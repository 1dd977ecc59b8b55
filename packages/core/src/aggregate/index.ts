// Compensatory means
export { arithmeticMean } from './arithmeticMean.ts';
export { geometricMean } from './geometricMean.ts';

// Distance to the ideal (MCDM)
export type { AggregateMethodOptions, CriterionType } from './types.ts';
export {
  type TopsisNormalisation,
  type TopsisOptions,
  topsis,
} from './topsis.ts';
export { type VikorOptions, vikor } from './vikor.ts';

// Counting deprivations
export { type AlkireFosterOptions, alkireFoster } from './alkireFoster.ts';
export { type AlkireFosterSummary, alkireFosterByGroup } from './alkireFosterByGroup.ts';

// Pairwise majority and outranking
export { COPELAND_MAX_VILLAGES, type CopelandOptions, copeland } from './copeland.ts';
export {
  type PreferenceFunction,
  type PreferenceFunctionName,
  type PrometheeOptions,
  prometheeII,
} from './prometheeII.ts';

// Dispatcher
export { type AggregateInput, aggregate } from './aggregate.ts';
