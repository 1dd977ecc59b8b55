import type { SelectSpec } from '../scenario/types.ts';
import type { CoreDiagnostic, VillageKind } from '../types.ts';
import { formatNumber } from './formatNumber.ts';
import { DeferredText, type Minimum, type Selection, Why } from './selection.ts';
import type { SelectInput } from './selectLoci.ts';

/**
 * The eligibility minimums of `spec` with their columns (raw values first, then the table's);
 * a minimum on an absent column is skipped with `UNKNOWN_INDICATOR`. Internal.
 */
export function eligibilityMinimums(
  input: SelectInput,
  spec: SelectSpec,
  diagnostics: CoreDiagnostic[],
): Minimum[] {
  return (spec.eligibility?.minimum ?? []).flatMap((m, k) => {
    const values = input.columns?.[m.indicator] ?? input.table.columns[m.indicator];
    if (values === undefined) {
      diagnostics.push({
        code: 'UNKNOWN_INDICATOR',
        severity: 'warning',
        message: `Eligibility minimum on "${m.indicator}", which is not a column of the table; the rule is skipped.`,
        path: `select.eligibility.minimum[${k}]`,
        value: m.indicator,
      });
      return [];
    }
    return [{ id: m.indicator, min: m.min, values }];
  });
}

/** Step 3: marks ineligible (kind, minimum) and unranked villages not yet decided. */
export function screenEligibility(
  st: Selection,
  kinds: readonly VillageKind[] | undefined,
  minimums: readonly Minimum[],
): void {
  const { why, rank, table } = st;
  const n = why.length;
  if (kinds === undefined && minimums.length === 0) {
    for (let i = 0; i < n; i++) {
      if (why[i] === 0 && Number.isNaN(rank[i]!)) {
        why[i] = Why.Unranked;
        st.defer(i, DeferredText.Unranked);
      }
    }
    return;
  }
  const eligibleKinds = `eligible: ${kinds?.join(', ') || 'none'}`;
  const notEligibleDesa = `A desa is not eligible (${eligibleKinds})`;
  const notEligibleKelurahan = `A kelurahan is not eligible (${eligibleKinds})`;
  for (let i = 0; i < n; i++) {
    if (why[i] !== 0) continue;
    const kind = table.kind[i]!;
    if (kinds !== undefined && !kinds.includes(kind)) {
      why[i] = Why.IneligibleKind;
      st.text(i, kind === 'desa' ? notEligibleDesa : notEligibleKelurahan);
      continue;
    }
    for (const m of minimums) {
      const v = m.values[i]!;
      if (!(v >= m.min)) {
        why[i] = Why.IneligibleMinimum;
        st.text(
          i,
          !Number.isNaN(v)
            ? `${m.id} = ${formatNumber(v)} is below the eligibility minimum ${formatNumber(m.min)}`
            : `${m.id} is missing; eligibility needs at least ${formatNumber(m.min)}`,
        );
        break;
      }
    }
    if (why[i] !== 0) continue;
    if (Number.isNaN(rank[i]!)) {
      why[i] = Why.Unranked;
      st.defer(i, DeferredText.Unranked);
    }
  }
}
