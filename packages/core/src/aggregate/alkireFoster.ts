import type { AggregateOutput } from '../result.ts';
import type { Direction, IndicatorColumns } from '../types.ts';
import { alkireFosterByGroup, summarise } from './alkireFosterByGroup.ts';
import { checkDirections, prepareColumns } from './prepareColumns.ts';

/** Options of {@link alkireFoster}. */
export interface AlkireFosterOptions {
  /** Deprivation cutoff z_j of each weighted indicator, in its own units. */
  readonly cutoffs: Readonly<Record<string, number>>;
  readonly directions: Readonly<Record<string, Direction>>;
  /** Weight by indicator id, non-negative (rescaled to sum to 1). */
  readonly weights: Readonly<Record<string, number>>;
  /** Poverty cutoff as a share of the total weight, in (0, 1]. */
  readonly k: number;
  /** Group of each village (e.g. kecamatan); adds per-group `H:<g>`, `A:<g>`, `M0:<g>` to the summary. */
  readonly groups?: readonly string[];
}

/** Slack for comparing c_i with k, so that e.g. 2 × 0.25 ≥ 0.5 despite rounding. */
const K_TOLERANCE = 1e-12;

/**
 * Alkire–Foster counting method (Alkire & Foster, "Counting and multidimensional poverty
 * measurement", *Journal of Public Economics* 95:476–487, 2011): a village is deprived in an
 * indicator when its value is worse than the cutoff, and identified as poor (a priority) when its
 * weighted share of deprivations reaches k (dual cutoff).
 *
 * Method: g_ij = 1 when x_ij < z_j (`higher-is-better`) or x_ij > z_j (`higher-is-worse`), strictly;
 * c_i = Σ_j w_j g_ij with weights summing to 1; poor when c_i ≥ k; censored score c_i(k) = c_i if
 * poor, else 0. Summary: n, q (number poor), H = q/n, A = Σ c_i(k)/q, M0 = H × A = mean c_i(k), and
 * `censored:<id>`, the share of villages that are poor and deprived in that indicator (so
 * M0 = Σ_j w_j × censored_j when nothing is missing). A missing value is not a deprivation, and the
 * weights are renormalised over the village's present indicators; a village with no present value
 * gets `NaN` and is left out of n.
 *
 * The score is the uncensored c_i: the poor rank above every non-poor village in the same order as
 * by c_i(k), and non-poor villages are still ordered by how close they come to k instead of tying
 * at 0. Details: `deprivationScore` (censored c_i(k)), `poor` (1/0). O(n·m).
 *
 * @param columns - Raw (treated) indicator columns, in the units of the cutoffs.
 * @param options - Cutoffs, directions, weights, k and optional groups.
 * @returns Deprivation scores in [0, 1], higher = higher priority; method `alkire-foster`.
 * @throws When a weighted indicator has no column, cutoff or direction, lengths differ, the
 *   weights are invalid, or k is outside (0, 1].
 * @example
 * const out = alkireFoster(
 *   { income: Float64Array.of(10, 30, 5), water: Float64Array.of(0, 1, 0) },
 *   {
 *     cutoffs: { income: 12, water: 1 },
 *     directions: { income: 'higher-is-better', water: 'higher-is-better' },
 *     weights: { income: 1, water: 1 },
 *     k: 0.5,
 *   },
 * );
 * [out.summary.H, out.summary.A, out.summary.M0]; // => [2/3, 1, 2/3]
 */
export function alkireFoster(
  columns: IndicatorColumns,
  options: AlkireFosterOptions,
): AggregateOutput {
  const fn = 'alkireFoster';
  const { k, cutoffs, directions, groups } = options;
  if (!(k > 0 && k <= 1)) throw new Error(`${fn} requires k in (0, 1], got ${k}`);
  const { ids, cols, w, n } = prepareColumns(fn, columns, options.weights);
  checkDirections(fn, ids, directions, ['higher-is-better', 'higher-is-worse']);
  for (const id of ids) {
    const z = Object.hasOwn(cutoffs, id) ? cutoffs[id] : undefined;
    if (typeof z !== 'number' || Number.isNaN(z))
      throw new Error(`${fn} requires a cutoff for "${id}"`);
  }
  if (groups !== undefined && groups.length !== n)
    throw new Error(`${fn} requires one group per village`);

  const score = new Float64Array(n);
  const present = new Float64Array(n);
  for (let j = 0; j < cols.length; j++) {
    const x = cols[j]!;
    const wj = w[j]!;
    const z = cutoffs[ids[j]!]!;
    const better = directions[ids[j]!] === 'higher-is-better';
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      present[i]! += wj;
      if (better ? v < z : v > z) score[i]! += wj;
    }
  }
  const censored = new Float64Array(n);
  const poor = new Float64Array(n);
  let valid = 0;
  let q = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = present[i]!;
    if (!(p > 0)) {
      score[i] = censored[i] = poor[i] = Number.NaN;
      continue;
    }
    const c = score[i]! / p;
    score[i] = c;
    valid++;
    if (c >= k - K_TOLERANCE) {
      poor[i] = 1;
      censored[i] = c;
      q++;
      sum += c;
    }
  }
  const summary: Record<string, number> = { ...summarise(valid, q, sum) };
  for (let j = 0; j < cols.length; j++) {
    const x = cols[j]!;
    const z = cutoffs[ids[j]!]!;
    const better = directions[ids[j]!] === 'higher-is-better';
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (poor[i] !== 1) continue;
      const v = x[i]!;
      if (better ? v < z : v > z) count++;
    }
    summary[`censored:${ids[j]}`] = valid > 0 ? count / valid : Number.NaN;
  }
  const output: AggregateOutput = {
    method: 'alkire-foster',
    score,
    details: { deprivationScore: censored, poor },
    summary,
  };
  if (groups !== undefined) {
    for (const [g, s] of Object.entries(alkireFosterByGroup(output, groups))) {
      summary[`H:${g}`] = s.H;
      summary[`A:${g}`] = s.A;
      summary[`M0:${g}`] = s.M0;
    }
  }
  return output;
}
