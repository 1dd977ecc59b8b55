/**
 * Types shared by the aggregation methods.
 * @module
 */
import type { PreferenceFunctionName } from './prometheeII.ts';
import type { TopsisNormalisation } from './topsis.ts';

/**
 * MCDM criterion type: `benefit` (the higher, the closer to the ideal) or `cost` (the lower, the
 * closer). For village priority a `higher-is-worse` indicator is a benefit criterion.
 */
export type CriterionType = 'benefit' | 'cost';

/**
 * Settings of the aggregation methods beyond `method`, `k` and `v`, as a scenario's `aggregate`
 * block states them: TOPSIS's normalisation and PROMETHEE II's preference function.
 */
export interface AggregateMethodOptions {
  /** TOPSIS: how each column is normalised (default `vector`). */
  readonly normalise?: TopsisNormalisation;
  /** PROMETHEE II: the preference function of every indicator (default `usual`). */
  readonly preference?: PreferenceFunctionName;
  /** PROMETHEE II `linear`: indifference threshold q on the normalised scale (default 0). */
  readonly q?: number;
  /** PROMETHEE II `v-shape` and `linear`: preference threshold p on the normalised scale. */
  readonly p?: number;
}
