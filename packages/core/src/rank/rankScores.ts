import type { RankOutput } from '../result.ts';

/** Options of {@link rankScores}. */
export interface RankScoresOptions {
  /** Village codes, one per score; ties in `order` are broken by code ascending. */
  readonly codes: readonly string[];
  /** Group of each village (the kecamatan code) for `rankInKecamatan`. Absent: one group. */
  readonly groups?: readonly string[];
}

/**
 * Ranks villages by score: the highest score gets rank 1. Ties share the minimum rank
 * (competition ranking "1224", R's `rank(-x, ties.method = "min")`); `order` lists village
 * indices from rank 1 down with ties broken by village code ascending (code-unit order). Villages
 * whose score is `NaN` are unranked: their ranks are `NaN` and they come last in `order`, by code.
 * `rankInKecamatan` applies the same rule within each group; without `groups` the whole table is
 * one group and it equals `rank`.
 *
 * Method: one comparison sort of an `Int32Array` of indices on (score descending, code ascending),
 * then a linear pass that assigns ranks overall and per group.
 * Complexity: O(n log n) time, O(n) memory.
 *
 * @example
 * const r = rankScores(new Float64Array([5, 9, 5, Number.NaN, 1]), {
 *   codes: ['99.01.01.2001', '99.01.01.2002', '99.01.01.2003', '99.01.01.2004', '99.01.01.2005'],
 * });
 * r.rank; // => Float64Array [2, 1, 2, NaN, 4]
 * r.order; // => Int32Array [1, 0, 2, 4, 3]
 */
export function rankScores(score: Float64Array, options: RankScoresOptions): RankOutput {
  const { codes, groups } = options;
  const n = score.length;
  if (codes.length !== n) {
    throw new Error(`rankScores requires one code per score (got ${codes.length} for ${n})`);
  }
  if (groups !== undefined && groups.length !== n) {
    throw new Error(`rankScores requires one group per score (got ${groups.length} for ${n})`);
  }

  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const sa = score[a]!;
    const sb = score[b]!;
    const na = sa !== sa;
    const nb = sb !== sb;
    if (na !== nb) return na ? 1 : -1;
    if (!na && sa !== sb) return sa > sb ? -1 : 1;
    const ca = codes[a]!;
    const cb = codes[b]!;
    return ca < cb ? -1 : ca > cb ? 1 : a - b;
  });

  const rank = new Float64Array(n).fill(Number.NaN);
  let previous = Number.NaN;
  let previousRank = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const s = score[i]!;
    if (s !== s) break;
    if (s !== previous) {
      previousRank = k + 1;
      previous = s;
    }
    rank[i] = previousRank;
  }

  let rankInKecamatan: Float64Array;
  if (groups === undefined) {
    rankInKecamatan = rank.slice();
  } else {
    rankInKecamatan = new Float64Array(n).fill(Number.NaN);
    const groupId = new Map<string, number>();
    const seen: number[] = [];
    const lastScore: number[] = [];
    const lastRank: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const s = score[i]!;
      if (s !== s) break;
      const key = groups[i]!;
      let g = groupId.get(key);
      if (g === undefined) {
        g = seen.length;
        groupId.set(key, g);
        seen.push(0);
        lastScore.push(Number.NaN);
        lastRank.push(0);
      }
      const count = seen[g]! + 1;
      seen[g] = count;
      if (s !== lastScore[g]) {
        lastScore[g] = s;
        lastRank[g] = count;
      }
      rankInKecamatan[i] = lastRank[g]!;
    }
  }
  return { rank, rankInKecamatan, order };
}
