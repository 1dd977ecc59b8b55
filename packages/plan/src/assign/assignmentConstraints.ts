import type { Agency, PlanVillage } from '../types.ts';
import type { AssignOptions, Candidate, ConstraintRef } from './types.ts';

/** One linear constraint over candidate pairs: `lo ≤ Σ x ≤ hi`. */
export interface AssignmentConstraint {
  readonly ref: ConstraintRef;
  /** Candidate indices. */
  readonly vars: readonly number[];
  readonly lo: number;
  readonly hi: number;
}

function groupBy(keys: readonly string[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = m.get(k);
    if (list === undefined) m.set(k, [i]);
    else list.push(i);
  });
  return m;
}

/**
 * The constraints of the assignment, by group: `locus-coverage` (each locus gets at least
 * `minAgenciesPerLocus` agencies, default 1), `locus-max` (at most `maxAgenciesPerLocus`),
 * `capacity-min` and `capacity-max` (each agency's `min`–`max` villages), `kecamatan-spread` (at
 * most `maxPerKecamatan` villages of one agency in one kecamatan) and `pins` (a pinned pair is
 * chosen). O(candidates).
 *
 * @example
 * assignmentConstraints(villages, agencies, cands).map((c) => c.ref.group);
 * // => ['locus-coverage', 'capacity-max']
 */
export function assignmentConstraints(
  villages: readonly PlanVillage[],
  agencies: readonly Agency[],
  cands: readonly Candidate[],
  options: AssignOptions = {},
): AssignmentConstraint[] {
  const { minAgenciesPerLocus = 1, maxAgenciesPerLocus, maxPerKecamatan } = options;
  const out: AssignmentConstraint[] = [];
  const byVillage = groupBy(cands.map((c) => String(c.village)));
  const byAgency = groupBy(cands.map((c) => String(c.agency)));
  villages.forEach((v, vi) => {
    if (!v.locus) return;
    const vars = byVillage.get(String(vi)) ?? [];
    const subject = v.code;
    out.push({
      ref: { group: 'locus-coverage', subject },
      vars,
      lo: minAgenciesPerLocus,
      hi: Infinity,
    });
    if (maxAgenciesPerLocus !== undefined) {
      out.push({ ref: { group: 'locus-max', subject }, vars, lo: 0, hi: maxAgenciesPerLocus });
    }
  });
  agencies.forEach((a, ai) => {
    const vars = byAgency.get(String(ai)) ?? [];
    if (a.min > 0)
      out.push({ ref: { group: 'capacity-min', subject: a.name }, vars, lo: a.min, hi: Infinity });
    out.push({ ref: { group: 'capacity-max', subject: a.name }, vars, lo: 0, hi: a.max });
    if (maxPerKecamatan === undefined) return;
    const byKec = groupBy(vars.map((k) => villages[cands[k]!.village]!.kecamatan));
    for (const [kec, local] of [...byKec.entries()].sort(([x], [y]) => (x < y ? -1 : 1))) {
      if (local.length <= maxPerKecamatan) continue;
      const subject = `${a.name} @ ${kec}`;
      out.push({
        ref: { group: 'kecamatan-spread', subject },
        vars: local.map((j) => vars[j]!),
        lo: 0,
        hi: maxPerKecamatan,
      });
    }
  });
  cands.forEach((c, k) => {
    if (!c.pinned) return;
    const subject = `${agencies[c.agency]!.name} → ${villages[c.village]!.code}`;
    out.push({ ref: { group: 'pins', subject }, vars: [k], lo: 1, hi: 1 });
  });
  return out;
}
