// Filling missing values
export { excludedByMissing } from './excludedByMissing.ts';
export { type ImputeOptions, impute } from './impute.ts';
