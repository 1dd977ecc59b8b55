import type { AggregateOutput } from '../result.ts';

/** Alkire–Foster totals for a set of villages. */
export interface AlkireFosterSummary {
  /** Villages with a score (at least one present value). */
  readonly n: number;
  /** Villages identified as poor. */
  readonly q: number;
  /** Headcount ratio q / n. */
  readonly H: number;
  /** Intensity: mean deprivation score among the poor (0 when nobody is poor). */
  readonly A: number;
  /** Adjusted headcount ratio M0 = H × A, the mean censored deprivation score. */
  readonly M0: number;
}

/**
 * Alkire–Foster H, A and M0 per group (e.g. per kecamatan), from the output of
 * {@link alkireFoster}. M0 is decomposable by population subgroup (Alkire & Foster, "Counting and
 * multidimensional poverty measurement", *Journal of Public Economics* 95:476–487, 2011, §4.2):
 * the overall M0 is the population-weighted mean of the group values.
 *
 * Method: per group, n counts the villages with a score, q those with `details.poor` = 1,
 * H = q / n, A = Σ censored scores / q and M0 = Σ censored scores / n. Groups are listed in order
 * of first appearance. O(n).
 *
 * @param output - Result of `alkireFoster` (method `alkire-foster`).
 * @param groups - Group of each village, e.g. `table.kecamatan`.
 * @returns Totals by group.
 * @throws When `output` is not an Alkire–Foster result or `groups` has the wrong length.
 * @example
 * const out = alkireFoster({ a: Float64Array.of(1, 5, 1, 1) }, {
 *   cutoffs: { a: 2 }, directions: { a: 'higher-is-better' }, weights: { a: 1 }, k: 1,
 * });
 * alkireFosterByGroup(out, ['x', 'x', 'y', 'y']).x; // => { n: 2, q: 1, H: 0.5, A: 1, M0: 0.5 }
 */
export function alkireFosterByGroup(
  output: AggregateOutput,
  groups: readonly string[],
): Record<string, AlkireFosterSummary> {
  const censored = output.details.deprivationScore;
  const poor = output.details.poor;
  if (output.method !== 'alkire-foster' || censored === undefined || poor === undefined)
    throw new Error('alkireFosterByGroup requires the output of alkireFoster');
  if (groups.length !== output.score.length)
    throw new Error('alkireFosterByGroup requires one group per village');
  const acc = new Map<string, { n: number; q: number; sum: number }>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    let a = acc.get(g);
    if (a === undefined) {
      a = { n: 0, q: 0, sum: 0 };
      acc.set(g, a);
    }
    const s = output.score[i]!;
    if (Number.isNaN(s)) continue;
    a.n++;
    if (poor[i] === 1) {
      a.q++;
      a.sum += censored[i]!;
    }
  }
  const out: Record<string, AlkireFosterSummary> = {};
  for (const [g, a] of acc) out[g] = summarise(a.n, a.q, a.sum);
  return out;
}

/** H, A and M0 from counts and the sum of censored scores. */
export function summarise(n: number, q: number, sum: number): AlkireFosterSummary {
  return {
    n,
    q,
    H: n > 0 ? q / n : Number.NaN,
    A: q > 0 ? sum / q : 0,
    M0: n > 0 ? sum / n : Number.NaN,
  };
}
