// Explaining one village: contributions, drivers, selection, report paragraph
export type { ContributionScale } from './contributionModel.ts';
export {
  type ExplainOptions,
  explainVillage,
  type IndicatorExplanation,
  type VillageExplanation,
} from './explainVillage.ts';

// Map legend
export { type LegendClass, type MapLegend, type MapLegendOptions, mapLegend } from './mapLegend.ts';
export { scoreScale } from './scoreScale.ts';

// A scenario in plain words
export {
  type DescribedIndicator,
  type DescribeScenarioOptions,
  describeScenario,
  type ScenarioDescription,
} from './describeScenario.ts';
