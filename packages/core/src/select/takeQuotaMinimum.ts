import type { CoreDiagnostic } from '../types.ts';
import { type Selection, Why } from './selection.ts';

/**
 * `QUOTA_IMPOSSIBLE` warnings before the selection: min × kecamatan above the target, or
 * max × kecamatan below it (not in threshold mode, which has no target). Internal.
 */
export function checkQuotaTargets(
  limits: { readonly target: number; readonly quotaMin: number; readonly quotaMax: number },
  kecCount: number,
  diagnostics: CoreDiagnostic[],
): void {
  const { target, quotaMin, quotaMax } = limits;
  if (!Number.isFinite(target)) return;
  if (quotaMin * kecCount > target) {
    diagnostics.push({
      code: 'QUOTA_IMPOSSIBLE',
      severity: 'warning',
      message: `quota.min ${quotaMin} × ${kecCount} kecamatan = ${quotaMin * kecCount} loci exceeds the target of ${target} by ${quotaMin * kecCount - target}; kecamatan with better-ranked villages get their minimum first.`,
      path: 'select.quota.min',
      value: quotaMin,
    });
  }
  if (quotaMax * kecCount < target) {
    diagnostics.push({
      code: 'QUOTA_IMPOSSIBLE',
      severity: 'warning',
      message: `quota.max ${quotaMax} × ${kecCount} kecamatan = ${quotaMax * kecCount} loci is ${target - quotaMax * kecCount} short of the target of ${target}.`,
      path: 'select.quota.max',
      value: quotaMax,
    });
  }
}

/** Step 5: walking the ranking, takes the best eligible villages of each kecamatan up to `min`. */
export function takeQuotaMinimum(st: Selection, target: number, quotaMin: number): void {
  const { order, why, kec, perKec } = st;
  for (let k = 0; k < order.length && st.total < target; k++) {
    const i = order[k]!;
    if (why[i] !== 0 || perKec[kec[i]!]! >= quotaMin) continue;
    // The sentence is written in step 6, which relabels the picks the fill would have made.
    st.pick(i, Why.QuotaMinimum, '');
  }
}

/**
 * `QUOTA_MINIMUM_UNMET` for each kecamatan that ends below `quotaMin`, saying whether it lacked
 * eligible villages or the target ran out before its turn. Internal.
 */
export function checkQuotaMinimum(
  st: Selection,
  target: number,
  quotaMin: number,
  diagnostics: CoreDiagnostic[],
): void {
  if (!(quotaMin > 0)) return;
  const { perKec } = st;
  const available = countAvailable(st);
  for (let g = 0; g < perKec.length; g++) {
    if (perKec[g]! >= quotaMin) continue;
    const why =
      available[g]! < quotaMin
        ? `it has only ${available[g]} eligible village${available[g] === 1 ? '' : 's'}`
        : `the target of ${target} loci ran out before its turn`;
    diagnostics.push({
      code: 'QUOTA_MINIMUM_UNMET',
      severity: 'warning',
      message: `${st.kecLabel(g)} has ${perKec[g]} loci, below quota.min ${quotaMin}: ${why}.`,
      path: 'select.quota.min',
      value: perKec[g],
    });
  }
}

/** Per kecamatan, the villages that were eligible and ranked (selected or left out by rank). */
function countAvailable(st: Selection): Int32Array {
  const { why, selected, kec } = st;
  const available = new Int32Array(st.kecCodes.length);
  for (let i = 0; i < why.length; i++) {
    const r = why[i];
    if (selected[i] === 1 || r === Why.BelowCutoff || r === Why.QuotaMaximum) available[kec[i]!]!++;
  }
  return available;
}
