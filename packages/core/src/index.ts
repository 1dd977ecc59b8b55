// Types
export type * from './types.ts';
export type * from './scenario/types.ts';

// Randomness
export { createRng, shuffledIndices } from './random.ts';
