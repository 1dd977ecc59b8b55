import type { SelectedReason } from '../result.ts';
import type { Selection } from './selection.ts';

/** Step 6: fills by rank or threshold, respecting `quotaMax`; writes every remaining sentence. */
export function fillByRank(st: Selection, target: number, quotaMax: number): void {
  const { order, reason, detail, selected, rank, rankInKec, score, kec, perKec } = st;
  const { byThreshold, threshold, rankedCount, cutoffText } = st;
  const n = order.length;
  const selectedAtRank = new Uint8Array(n + 2);
  const fillReason: SelectedReason = byThreshold ? 'threshold' : 'rank';
  const belowCutoffText = byThreshold
    ? `Score below the ${cutoffText}`
    : `Below the cutoff (${cutoffText})`;
  let firstLeftOut = n;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (reason[i] === 'quota-minimum') {
      // Relabel picks that the fill would have made anyway.
      const fillWouldTake = byThreshold ? score[i]! >= threshold : k < firstLeftOut;
      if (fillWouldTake) {
        reason[i] = fillReason;
        detail[i] = st.fillText(i);
        selectedAtRank[rank[i]!] = 1;
      } else {
        detail[i] =
          `Quota minimum for ${st.kecLabel(kec[i]!)}: best ranked eligible there (rank ${rankInKec[i]} in kecamatan; ${st.rankText(i)})`;
      }
      continue;
    }
    if (reason[i] !== null) {
      if (selected[i] === 1 && !Number.isNaN(rank[i]!)) selectedAtRank[rank[i]!] = 1;
      else if (reason[i] === 'below-cutoff' && firstLeftOut === n) firstLeftOut = k;
      continue;
    }
    const g = kec[i]!;
    const belowCutoff = byThreshold ? !(score[i]! >= threshold) : st.total >= target;
    if (belowCutoff) {
      reason[i] = 'below-cutoff';
      // The most frequent sentence is one shared string (the rank is in `ranked`): building
      // tens of thousands of distinct strings would cost more than the whole selection.
      if (selectedAtRank[rank[i]!] === 1) {
        detail[i] =
          `Ranked ${rank[i]} of ${rankedCount}, tied with a selected village; ` +
          `ties at the cutoff are broken by village code (${cutoffText})`;
      } else if (!byThreshold && rank[i]! <= target) {
        detail[i] =
          `Ranked ${rank[i]} of ${rankedCount}, within the ${cutoffText}, but those places ` +
          'went to higher rules (forced in, carry-over, quota minimum)';
      } else detail[i] = belowCutoffText;
      if (firstLeftOut === n) firstLeftOut = k;
    } else if (perKec[g]! >= quotaMax) {
      reason[i] = 'quota-maximum';
      detail[i] =
        `Ranked ${rank[i]} of ${rankedCount}, but ${st.kecLabel(g)} already has its maximum of ${quotaMax} loci`;
    } else {
      st.pick(i, fillReason, st.fillText(i));
      selectedAtRank[rank[i]!] = 1;
    }
  }
}
