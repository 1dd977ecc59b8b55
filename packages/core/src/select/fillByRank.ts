import { DeferredText, type Selection, Why } from './selection.ts';

/**
 * Step 6: fills by rank or threshold, respecting `quotaMax`; decides every remaining sentence
 * (those naming a rank or a kecamatan are deferred, see {@link Selection.details}).
 */
export function fillByRank(st: Selection, target: number, quotaMax: number): void {
  const { order, why, selected, rank, score, kec, perKec } = st;
  const { byThreshold, threshold } = st;
  st.quotaMax = quotaMax;
  const n = order.length;
  const selectedAtRank = new Uint8Array(n + 2);
  const fillReason = byThreshold ? Why.Threshold : Why.Rank;
  let firstLeftOut = n;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const w = why[i]!;
    if (w === Why.QuotaMinimum) {
      // Relabel picks that the fill would have made anyway.
      const fillWouldTake = byThreshold ? score[i]! >= threshold : k < firstLeftOut;
      if (fillWouldTake) {
        why[i] = fillReason;
        st.defer(i, DeferredText.Fill);
        selectedAtRank[rank[i]!] = 1;
      } else st.defer(i, DeferredText.QuotaMinimum);
      continue;
    }
    if (w !== 0) {
      if (selected[i] === 1 && !Number.isNaN(rank[i]!)) selectedAtRank[rank[i]!] = 1;
      else if (w === Why.BelowCutoff && firstLeftOut === n) firstLeftOut = k;
      continue;
    }
    const g = kec[i]!;
    const belowCutoff = byThreshold ? !(score[i]! >= threshold) : st.total >= target;
    if (belowCutoff) {
      why[i] = Why.BelowCutoff;
      // The most frequent sentence is one shared string (the rank is in `ranked`); the ones
      // naming a rank are built only when read.
      if (selectedAtRank[rank[i]!] === 1) st.defer(i, DeferredText.TiedAtCutoff);
      else if (!byThreshold && rank[i]! <= target) st.defer(i, DeferredText.WithinTarget);
      else st.defer(i, DeferredText.BelowCutoff);
      if (firstLeftOut === n) firstLeftOut = k;
    } else if (perKec[g]! >= quotaMax) {
      why[i] = Why.QuotaMaximum;
      st.defer(i, DeferredText.QuotaMaximum);
    } else {
      st.pick(i, fillReason, '');
      st.defer(i, DeferredText.Fill);
      selectedAtRank[rank[i]!] = 1;
    }
  }
}
