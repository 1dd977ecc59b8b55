// Choosing the loci from a ranking
export { type SelectInput, type SelectResult, selectLoci } from './selectLoci.ts';
export { REASON_LABELS } from './reasonLabels.ts';
