// Explaining one village: contributions, drivers, selection, report paragraph
export type { ContributionScale } from './contributionModel.ts';
export {
  type ExplainOptions,
  explainVillage,
  type IndicatorExplanation,
  type VillageExplanation,
} from './explainVillage.ts';
