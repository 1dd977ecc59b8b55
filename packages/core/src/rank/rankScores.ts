import type { RankOutput } from '../result.ts';
import { groupIndex } from '../table/groupIndex.ts';
import { radixOrder } from './radixOrder.ts';
import { TIE_POLICIES, type TiePolicy } from './tiePolicies.ts';
import { tieRanks } from './tieRanks.ts';

/** Options of {@link rankScores}. */
export interface RankScoresOptions {
  /** Village codes, one per score; ties in `order` are broken by code ascending. */
  readonly codes: readonly string[];
  /** Group of each village (the kecamatan code) for `rankInKecamatan`. Absent: one group. */
  readonly groups?: readonly string[];
  /** How tied scores share ranks (default `min`, see {@link TIE_POLICIES}). */
  readonly ties?: TiePolicy;
}

/** Output of {@link rankScores}: the ranking and the tie policy that made it. */
export interface RankScoresOutput extends RankOutput {
  /** The tie policy applied to `rank` and `rankInKecamatan`. */
  readonly ties: TiePolicy;
}

/**
 * Ranks villages by score: the highest score gets rank 1. By default ties share the minimum rank
 * (competition ranking "1224", R's `rank(-x, ties.method = "min")`); `ties` chooses `average`,
 * `max`, `dense` or `first` instead (R's methods of the same names, `first` in village-code
 * order), and the output states the policy it used. `order` lists village
 * indices from rank 1 down with ties broken by village code ascending (code-unit order). Villages
 * whose score is `NaN` are unranked: their ranks are `NaN` and they come last in `order`, by code.
 * `rankInKecamatan` applies the same rule within each group; without `groups` the whole table is
 * one group and it equals `rank`.
 *
 * Method: rows are first put in code order (no work when the table is already sorted by code; a
 * native numeric sort of packed (code, row) keys for canonical codes; else a comparator sort),
 * then a stable LSD radix sort on the bits of the score (four 16-bit passes, descending, NaN
 * last) gives `order`; a linear pass assigns ranks overall and per group (dense group ids from
 * `groupIndex`, computed once per group array).
 * Complexity: O(n log n) time for the code order (O(n) when already sorted), O(n) for the radix
 * passes; O(n) memory.
 *
 * @example
 * const r = rankScores(new Float64Array([5, 9, 5, Number.NaN, 1]), {
 *   codes: ['99.01.01.2001', '99.01.01.2002', '99.01.01.2003', '99.01.01.2004', '99.01.01.2005'],
 * });
 * r.rank; // => Float64Array [2, 1, 2, NaN, 4]
 * r.order; // => Int32Array [1, 0, 2, 4, 3]
 * r.ties; // => 'min'
 */
export function rankScores(score: Float64Array, options: RankScoresOptions): RankScoresOutput {
  const { codes, groups, ties = 'min' } = options;
  const n = score.length;
  if (codes.length !== n) {
    throw new Error(`rankScores requires one code per score (got ${codes.length} for ${n})`);
  }
  if (groups !== undefined && groups.length !== n) {
    throw new Error(`rankScores requires one group per score (got ${groups.length} for ${n})`);
  }
  if (!TIE_POLICIES.includes(ties)) {
    throw new Error(`rankScores requires a tie policy among ${TIE_POLICIES.join(', ')}`);
  }
  const order = sortedOrder(score, codes);
  if (ties === 'min' && groups !== undefined) {
    return { ...minRanks(order, score, groupIndex(groups).ids), order, ties };
  }
  const rank = new Float64Array(n).fill(Number.NaN);
  tieRanks(order, score, ties, rank);
  const rankInKecamatan =
    groups === undefined ? rank.slice() : ranksWithinGroups(order, score, groups, ties);
  return { rank, rankInKecamatan, order, ties };
}

/**
 * Both rankings under the default tie policy `min` in one pass over the order: a village's rank
 * is its position, or the rank of the village before it when their scores are equal; within its
 * group likewise, counting only the group's villages seen so far. The same ranks as
 * `tieRanks` overall and per group, without splitting the order by group.
 */
function minRanks(
  order: Int32Array,
  score: Float64Array,
  gid: Int32Array,
): { rank: Float64Array; rankInKecamatan: Float64Array } {
  const n = order.length;
  const rank = new Float64Array(n);
  const rankInKecamatan = new Float64Array(n);
  let groups = 0;
  for (let i = 0; i < n; i++) if (gid[i]! >= groups) groups = gid[i]! + 1;
  const seen = new Int32Array(groups);
  const lastScore = new Float64Array(groups);
  const lastRank = new Float64Array(groups);
  let previous = Number.NaN;
  let previousRank = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const s = score[i]!;
    if (Number.isNaN(s)) {
      rank[i] = Number.NaN;
      rankInKecamatan[i] = Number.NaN;
      continue;
    }
    const r = s === previous ? previousRank : k + 1;
    rank[i] = r;
    previous = s;
    previousRank = r;
    const g = gid[i]!;
    const c = ++seen[g]!;
    const rg = c > 1 && s === lastScore[g] ? lastRank[g]! : c;
    rankInKecamatan[i] = rg;
    lastScore[g] = s;
    lastRank[g] = rg;
  }
  return { rank, rankInKecamatan };
}

/** Ranks within each group: the overall order split by group (dense ids from `groupIndex`). */
function ranksWithinGroups(
  order: Int32Array,
  score: Float64Array,
  groups: readonly string[],
  ties: TiePolicy,
): Float64Array {
  const n = order.length;
  const out = new Float64Array(n).fill(Number.NaN);
  // Dense group ids, computed once per group array (tables are immutable).
  const { ids: gid, keys } = groupIndex(groups);
  // Counting sort of `order` by group keeps each group's villages in rank order.
  const start = new Int32Array(keys.length + 1);
  for (let i = 0; i < n; i++) start[gid[i]! + 1]!++;
  for (let g = 0; g < keys.length; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, keys.length);
  const byGroup = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    byGroup[next[gid[i]!]!++] = i;
  }
  for (let g = 0; g < keys.length; g++)
    tieRanks(byGroup, score, ties, out, start[g]!, start[g + 1]!);
  return out;
}

/** Village indices by score descending (NaN last), then code ascending, then row. */
function sortedOrder(score: Float64Array, codes: readonly string[]): Int32Array {
  return radixOrder(score, codeOrder(codes), { descending: true });
}

/** Row indices in code-unit order of their codes (ties by row). */
const codeOrders = new WeakMap<readonly string[], Int32Array>();

/** Row indices in code order, remembered per code array (tables are immutable). */
function codeOrder(codes: readonly string[]): Int32Array {
  let order = codeOrders.get(codes);
  if (order === undefined) {
    order = computeCodeOrder(codes);
    codeOrders.set(codes, order);
  }
  return order;
}

function computeCodeOrder(codes: readonly string[]): Int32Array {
  const n = codes.length;
  const order = new Int32Array(n);
  const numeric = codesAsNumbers(codes);
  if (numeric !== null) {
    let increasing = true;
    for (let i = 1; i < n && increasing; i++) increasing = numeric[i]! > numeric[i - 1]!;
    if (increasing) {
      for (let i = 0; i < n; i++) order[i] = i;
      return order;
    }
    // Codes as non-negative integers: radix sort on their float64 bits, ascending.
    for (let i = 0; i < n; i++) order[i] = i;
    return radixOrder(numeric, order);
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => {
    const ca = codes[a]!;
    const cb = codes[b]!;
    return ca < cb ? -1 : ca > cb ? 1 : a - b;
  });
}

/**
 * The digits of each code as a number, when every code has the same length and the same
 * separator positions with at most 15 digits: numeric order is then code-unit order. Else `null`.
 */
function codesAsNumbers(codes: readonly string[]): Float64Array | null {
  const n = codes.length;
  const out = new Float64Array(n);
  const first = codes[0] ?? '';
  const len = first.length;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c.length !== len) return null;
    let x = 0;
    let digits = 0;
    for (let k = 0; k < len; k++) {
      const ch = c.charCodeAt(k);
      if (ch >= 48 && ch <= 57) {
        if (first.charCodeAt(k) === 46) return null;
        x = x * 10 + (ch - 48);
        digits++;
      } else if (ch !== 46 || first.charCodeAt(k) !== 46) return null;
    }
    if (digits > 15) return null;
    out[i] = x;
  }
  return out;
}
