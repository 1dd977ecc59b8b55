import type { SelectSpec } from '../scenario/types.ts';
import type { CoreDiagnostic } from '../types.ts';
import type { CodeLookup } from './listedCodes.ts';
import { type Selection, Why } from './selection.ts';

/**
 * Step 4 of `selectLoci`: last year's loci (`spec.carryOver`) still undecided are kept, best
 * ranked first, while there is room in `target` and in the kecamatan's `quotaMax`; one no longer
 * eligible gets a note in its sentence; an unknown code gives `CARRY_OVER_UNKNOWN_VILLAGE`.
 * Internal.
 */
export function carryOver(
  st: Selection,
  spec: SelectSpec,
  codes: CodeLookup,
  limits: { readonly target: number; readonly quotaMax: number },
  diagnostics: CoreDiagnostic[],
): void {
  const { why, selected } = st;
  const carry = new Uint8Array(why.length);
  let carried = false;
  (spec.carryOver ?? []).forEach((code, k) => {
    const i = codes.lookup(code);
    if (i === undefined) {
      diagnostics.push(codes.unknown('CARRY_OVER_UNKNOWN_VILLAGE', `select.carryOver[${k}]`, code));
      return;
    }
    if (why[i] === 0) {
      carry[i] = 1;
      carried = true;
    } else if (selected[i] === 0 && carry[i] === 0 && why[i] !== Why.ForcedExclude) {
      carry[i] = 2;
      st.appendText(i, "; last year's locus, no longer eligible");
    }
  });
  if (carried) keepCarryOver(st, carry, limits.target, limits.quotaMax);
}

/** Step 4: keeps last year's eligible loci (`carry` = 1), best ranked first, while there is room. */
function keepCarryOver(st: Selection, carry: Uint8Array, target: number, quotaMax: number): void {
  const { order, why, kec, perKec } = st;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (carry[i] !== 1) continue;
    if (perKec[kec[i]!]! >= quotaMax) {
      why[i] = Why.QuotaMaximum;
      st.text(
        i,
        `Last year's locus, ${st.rankText(i)}, but ${st.kecLabel(kec[i]!)} already has its maximum of ${quotaMax} loci`,
      );
    } else if (st.total >= target) {
      why[i] = Why.BelowCutoff;
      st.text(
        i,
        `Last year's locus, ${st.rankText(i)}, but the ${target} loci are already taken by higher rules`,
      );
    } else {
      st.pick(
        i,
        Why.CarryOver,
        `Carried over from last year's loci; still eligible (${st.rankText(i)})`,
      );
    }
  }
}
