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
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { desil1_kk: 40, rtlh_unit: 12 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { desil1_kk: 10, rtlh_unit: 30 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { desil1_kk: 25, rtlh_unit: 5 } },
 * ]);
 * const ind = (id, unit) => ({ id, label: { id, en: id }, unit, kind: 'count', direction: 'higher-is-worse' });
 * const indicators = [ind('desil1_kk', 'KK'), ind('rtlh_unit', 'unit')];
 * const result = runScenario(table, { name: 'x', year: 2026, indicators, select: { mode: 'top-n', n: 2 } });
 * const villages = planVillages(result);
 * const agency = (name, mandate) => ({ name, mandate, min: 0, max: 1, preferKecamatan: [], preferVillages: [], pinned: [] });
 * const agencies = [agency('Dinas Sosial', ['desil1_kk']), agency('Dinas Perkim', ['rtlh_unit'])];
 * assignmentConstraints(villages, agencies, candidates(villages, agencies)).map((c) => c.ref.group);
 * // => ['locus-coverage', 'locus-coverage', 'capacity-max', 'capacity-max']
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
