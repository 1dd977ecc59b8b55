import type { SelectSpec } from '../scenario/types.ts';
import type { CoreDiagnostic } from '../types.ts';
import type { CodeLookup } from './listedCodes.ts';
import { type Selection, Why } from './selection.ts';

/**
 * Steps 1 and 2 of `selectLoci`: forced-out villages are never selected, forced-in ones always
 * (even ineligible or unranked). A code both in and out stays out; forced villages beyond the
 * target or a kecamatan's `quotaMax` all stay. Each conflict is a `SELECTION_CONFLICT`, an unknown
 * code a `FORCED_UNKNOWN_VILLAGE` warning. Internal.
 */
export function forcedVillages(
  st: Selection,
  spec: SelectSpec,
  codes: CodeLookup,
  limits: { readonly target: number; readonly quotaMax: number },
  diagnostics: CoreDiagnostic[],
): void {
  const { why, table } = st;
  (spec.exclude ?? []).forEach((f, k) => {
    const i = codes.lookup(f.code);
    if (i === undefined) {
      diagnostics.push(codes.unknown('FORCED_UNKNOWN_VILLAGE', `select.exclude[${k}]`, f.code));
      return;
    }
    if (why[i] !== 0) return;
    why[i] = Why.ForcedExclude;
    st.text(i, `Forced out: ${f.reason}`);
  });
  (spec.include ?? []).forEach((f, k) => {
    const i = codes.lookup(f.code);
    if (i === undefined) {
      diagnostics.push(codes.unknown('FORCED_UNKNOWN_VILLAGE', `select.include[${k}]`, f.code));
      return;
    }
    if (why[i] === Why.ForcedExclude) {
      diagnostics.push({
        code: 'SELECTION_CONFLICT',
        severity: 'warning',
        message: `${table.code[i]} is both forced in and forced out; forced out wins.`,
        path: `select.include[${k}]`,
        village: table.code[i]!,
      });
      return;
    }
    if (why[i] !== 0) return;
    st.pick(i, Why.ForcedInclude, `Forced in: ${f.reason}`);
  });
  checkForcedLimits(st, limits, diagnostics);
}

/** `SELECTION_CONFLICT` when the forced-in villages alone exceed the target or a quota.max. */
function checkForcedLimits(
  st: Selection,
  { target, quotaMax }: { readonly target: number; readonly quotaMax: number },
  diagnostics: CoreDiagnostic[],
): void {
  if (st.total > target) {
    diagnostics.push({
      code: 'SELECTION_CONFLICT',
      severity: 'warning',
      message: `${st.total} villages are forced in but the target is ${target} loci; all forced villages are kept and no other village is selected.`,
      path: 'select.include',
      value: st.total,
    });
  }
  const { perKec } = st;
  for (let g = 0; g < perKec.length; g++) {
    if (perKec[g]! > quotaMax) {
      diagnostics.push({
        code: 'SELECTION_CONFLICT',
        severity: 'warning',
        message: `${perKec[g]} villages of ${st.kecLabel(g)} are forced in, above quota.max ${quotaMax}; all are kept.`,
        path: 'select.include',
        value: perKec[g],
      });
    }
  }
}
