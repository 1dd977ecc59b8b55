import type { TiePolicy } from './tiePolicies.ts';

/**
 * Writes ranks 1, 2, … into `out` for the villages `sequence` lists in rank order (score
 * descending, ties by code), giving tied scores ranks by `ties`. Stops at the first `NaN` score
 * (unranked villages come last). O(length of sequence).
 *
 * @param sequence - Village indices in rank order.
 * @param score - Score of each village.
 * @param ties - Tie policy.
 * @param out - Rank of each village (only the listed ones are written).
 * @param from - First position of `sequence` to rank (default 0): ranks count from there.
 * @param to - End (exclusive) of the positions to rank (default the whole sequence).
 * @example
 * const out = new Float64Array(4);
 * tieRanks(Int32Array.of(1, 0, 2, 3), Float64Array.of(5, 9, 5, 1), 'average', out);
 * out; // => Float64Array [2.5, 1, 2.5, 4]
 */
export function tieRanks(
  sequence: ArrayLike<number>,
  score: Float64Array,
  ties: TiePolicy,
  out: Float64Array,
  from = 0,
  to = sequence.length,
): void {
  let dense = 0;
  let start = from;
  while (start < to && !Number.isNaN(score[sequence[start]!]!)) {
    const s = score[sequence[start]!]!;
    let end = start + 1;
    while (end < to && score[sequence[end]!] === s) end++;
    dense++;
    const first = start - from;
    const last = end - from;
    for (let k = start; k < end; k++) {
      out[sequence[k]!] =
        ties === 'min'
          ? first + 1
          : ties === 'max'
            ? last
            : ties === 'average'
              ? (first + last + 1) / 2
              : ties === 'dense'
                ? dense
                : k - from + 1;
    }
    start = end;
  }
}
