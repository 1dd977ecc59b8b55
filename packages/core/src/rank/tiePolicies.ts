/**
 * How villages with equal scores share ranks, R's `rank(ties.method = …)` names for scores
 * 9, 5, 5, 1: `min` 1 2 2 4 (competition ranking, lokus's default), `max` 1 3 3 4, `average`
 * 1 2.5 2.5 4, `dense` 1 2 2 3, `first` 1 2 3 4 (ties in village-code order; R uses the row).
 *
 * @example
 * TIE_POLICIES; // => ['min', 'average', 'max', 'dense', 'first']
 */
export const TIE_POLICIES = ['min', 'average', 'max', 'dense', 'first'] as const;

/** A rule for the ranks of tied scores (see {@link TIE_POLICIES}). */
export type TiePolicy = (typeof TIE_POLICIES)[number];
