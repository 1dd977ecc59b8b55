// Comparing two results village by village
export {
  type CompareOptions,
  type Comparison,
  compareResults,
  type IndicatorChange,
  type RankShift,
  type SelectionChange,
} from './compareResults.ts';
// Rank correlations
export { kendallTauB } from './kendallTauB.ts';
export { spearman } from './spearman.ts';
