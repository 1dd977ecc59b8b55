// Types shared by every stage
export type * from './result.ts';
export type * from './scenario/types.ts';
export type * from './types.ts';

// Randomness (seeded only)
export { createRng, sfc32, shuffledIndices } from './random.ts';

// 1. Village table: codes, construction, validation
export * from './table/index.ts';
// 2. Impute missing values
export * from './impute/index.ts';
// 3. Treat outliers
export * from './treat/index.ts';
// 4. Normalise (direction-aware)
export * from './normalize/index.ts';
// 5. Weight
export * from './weight/index.ts';
// 6. Aggregate
export * from './aggregate/index.ts';
// 7. Rank
export * from './rank/index.ts';
// 8. Select the loci
export * from './select/index.ts';
// 9. Classify for maps
export * from './classify/index.ts';
// 10. Explain
export * from './explain/index.ts';
// 11. Compare two results
export * from './compare/index.ts';

// Presenting a result: the loci table
export * from './report/index.ts';

// Scenario: validation, defaults, JSON Schema, runScenario
export * from './scenario/index.ts';
// Ranking within each kabupaten or province (`scope`): the groups and the steps of a scoped run
export * from './scope/index.ts';
// Many runs on one table (a weight slider, a national table): createRunner
export * from './runner/index.ts';
// Indicator catalogue and the column mapping of uploaded tables
export * from './catalogue/index.ts';
// Robustness: Monte Carlo draws, Sobol indices, leave one indicator out
export * from './robustness/index.ts';
// Diagnostic messages in Bahasa Indonesia and English
export * from './messages/index.ts';
// Provenance: canonical JSON and content hashes
export * from './provenance/index.ts';
export { VERSION } from './version.ts';
