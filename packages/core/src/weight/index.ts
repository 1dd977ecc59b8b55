// Fixed weights
export { equalWeights } from './equalWeights.ts';
export { manualWeights } from './manualWeights.ts';
export { nestedWeights } from './nestedWeights.ts';

// Data-driven weights
export { criticWeights } from './criticWeights.ts';
export { entropyWeights } from './entropyWeights.ts';

// Dispatcher
export { resolveWeights } from './resolveWeights.ts';
