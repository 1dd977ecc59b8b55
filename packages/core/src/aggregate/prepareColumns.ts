/**
 * Shared input checks of the aggregation methods. Internal; not part of the public API.
 * @module
 */
import type { IndicatorColumns } from '../types.ts';
import { normaliseWeights } from '../weight/normaliseWeights.ts';

/** Columns and weights lined up by index. */
export interface PreparedColumns {
  /** Indicator ids, in the key order of the weights. */
  readonly ids: readonly string[];
  readonly cols: readonly Float64Array[];
  /** Weights rescaled to sum to 1. */
  readonly w: Float64Array;
  /** Number of villages. */
  readonly n: number;
}

/**
 * Lines up the columns named by the keys of `weights` (other columns are ignored) and rescales
 * the weights to sum to 1.
 *
 * @throws When a weighted indicator has no column, the columns differ in length, or the weights
 *   are invalid (see `normaliseWeights`).
 */
export function prepareColumns(
  fn: string,
  columns: IndicatorColumns,
  weights: Readonly<Record<string, number>>,
): PreparedColumns {
  const ids = Object.keys(weights);
  const w = normaliseWeights(fn, weights, ids);
  const cols: Float64Array[] = [];
  for (const id of ids) {
    const x = Object.hasOwn(columns, id) ? columns[id] : undefined;
    if (!(x instanceof Float64Array)) throw new Error(`${fn} requires a column for "${id}"`);
    if (cols.length > 0 && x.length !== cols[0]!.length)
      throw new Error(`${fn} requires columns of equal length`);
    cols.push(x);
  }
  return { ids, cols, w, n: cols[0]!.length };
}

/** Checks a criterion type for every id. */
export function checkDirections(
  fn: string,
  ids: readonly string[],
  directions: Readonly<Record<string, string>>,
  allowed: readonly [string, string],
): void {
  for (const id of ids) {
    const d = Object.hasOwn(directions, id) ? directions[id] : undefined;
    if (d !== allowed[0] && d !== allowed[1])
      throw new Error(`${fn} requires a direction '${allowed[0]}' or '${allowed[1]}' for "${id}"`);
  }
}
