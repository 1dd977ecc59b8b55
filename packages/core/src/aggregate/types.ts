/**
 * Types shared by the aggregation methods.
 * @module
 */

/**
 * MCDM criterion type: `benefit` (the higher, the closer to the ideal) or `cost` (the lower, the
 * closer). For village priority a `higher-is-worse` indicator is a benefit criterion.
 */
export type CriterionType = 'benefit' | 'cost';
