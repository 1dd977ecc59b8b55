// Fixed weights
export { equalWeights } from './equalWeights.ts';
export { manualWeights } from './manualWeights.ts';
export { nestedWeights } from './nestedWeights.ts';

// Data-driven weights
export { criticWeights } from './criticWeights.ts';
export { entropyWeights } from './entropyWeights.ts';

// Dispatcher
export { resolveWeights } from './resolveWeights.ts';

// Editing weights: shares, a slider that rebalances, switching method
export {
  type EffectiveWeightsOptions,
  effectiveWeights,
  type WeightedScenario,
} from './effectiveWeights.ts';
export { type RebalanceWeightsOptions, rebalanceWeights } from './rebalanceWeights.ts';
export { convertWeights } from './convertWeights.ts';
