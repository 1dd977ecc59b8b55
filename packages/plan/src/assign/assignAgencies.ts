import type { Agency, PlanVillage } from '../types.ts';
import { type AssignmentConstraint, assignmentConstraints } from './assignmentConstraints.ts';
import { assignmentText } from './assignmentText.ts';
import { candidates } from './candidates.ts';
import { constraintText } from './constraintText.ts';
import { lpText } from './lpText.ts';
import { precheck } from './precheck.ts';
import {
  type AssignmentResult,
  type AssignmentSolver,
  type AssignOptions,
  type Candidate,
  CONSTRAINT_GROUPS,
  type ConstraintGroup,
  type Infeasibility,
} from './types.ts';

/** Largest group whose constraints are relaxed one by one to name the one that breaks. */
const MAX_SINGLE_RELAXATIONS = 200;

/**
 * Assigns agencies (OPD) to loci ("Satu OPD Satu Desa Dampingan") as a 0–1 integer programme
 * solved exactly by HiGHS (branch and cut; the `highs` package, WebAssembly): one binary per
 * candidate pair (see `candidates`), maximising the points of the needs met (a locus's first need
 * 3, second 2, third 1, plus a preference point), subject to `assignmentConstraints` (every locus
 * at least one agency, capacities, kecamatan spread, pins). The relative gap is zero and the
 * absolute gap below 1 when the points are whole numbers (else zero), so the optimum is proved,
 * not approximated. When no assignment exists, the constraint that breaks is named:
 * first by necessary conditions (`precheck`), then by solving with one group of constraints
 * removed at a time and, within a group that restores feasibility, one constraint at a time.
 * Ties between optimal assignments are resolved by HiGHS deterministically (same input, same
 * answer). Complexity: the model is O(agencies · loci); solving is exponential in the worst case
 * and fast on these transport-like models in practice (see the benchmark).
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
 * const highs = await loadSolver();
 * const assignment = assignAgencies(villages, agencies, highs);
 * assignment.status; // => 'optimal'
 * assignment.assignments[1].text.id;
 * // => 'Dinas Perkim → Desa Sukamundur: rtlh_unit 30 unit, tertinggi di kabupaten'
 */
export function assignAgencies(
  villages: readonly PlanVillage[],
  agencies: readonly Agency[],
  solver: AssignmentSolver,
  options: AssignOptions = {},
): AssignmentResult {
  const cands = candidates(villages, agencies, options);
  const constraints = assignmentConstraints(villages, agencies, cands, options);
  const size = { variables: cands.length, constraints: constraints.length };
  const pre = precheck(constraints, cands);
  if (pre.length > 0) return infeasibleResult('precheck', pre, size);
  if (cands.length === 0) {
    return {
      status: 'optimal',
      solverStatus: 'Empty',
      objective: 0,
      assignments: [],
      infeasible: [],
      size,
    };
  }
  const solved = solve(solver, cands, constraints, () => false, options);
  if (solved.status === 'Infeasible') {
    const found = relax(solver, cands, constraints, options);
    return infeasibleResult(solved.status, found, size);
  }
  if (solved.chosen === null) {
    return {
      status: 'error',
      solverStatus: solved.status,
      objective: Number.NaN,
      assignments: [],
      infeasible: [],
      size,
    };
  }
  const assignments = solved.chosen.map((k) => {
    const c = cands[k]!;
    const a = agencies[c.agency]!;
    const v = villages[c.village]!;
    return {
      agency: a.name,
      village: v.code,
      villageName: v.name,
      kecamatanName: v.kecamatanName,
      points: c.points,
      matched: c.matched,
      preferred: c.preferred,
      pinned: c.pinned,
      text: assignmentText(a.name, v, c),
    };
  });
  return {
    status: solved.status === 'Optimal' ? 'optimal' : 'time-limit',
    solverStatus: solved.status,
    objective: solved.chosen.reduce((s, k) => s + cands[k]!.points, 0),
    assignments,
    infeasible: [],
    size,
  };
}

function infeasibleResult(
  solverStatus: string,
  infeasible: Infeasibility[],
  size: AssignmentResult['size'],
): AssignmentResult {
  return {
    status: 'infeasible',
    solverStatus,
    objective: Number.NaN,
    assignments: [],
    infeasible,
    size,
  };
}

/** Solves with some constraints skipped; `chosen` lists the candidate indices set to 1. */
function solve(
  solver: AssignmentSolver,
  cands: readonly Candidate[],
  constraints: readonly AssignmentConstraint[],
  skip: (i: number) => boolean,
  options: AssignOptions,
): { status: string; chosen: number[] | null } {
  const r = solver.solve(lpText(cands, constraints, skip), {
    output_flag: false,
    parallel: 'off',
    mip_rel_gap: 0,
    // Whole points give a whole objective: a gap below 1 already proves the optimum.
    mip_abs_gap: cands.every((c) => Number.isInteger(c.points)) ? 0.999 : 0,
    ...(options.timeLimit === undefined ? {} : { time_limit: options.timeLimit }),
  });
  const hasSolution =
    r.Status === 'Optimal' ||
    (r.Status === 'Time limit reached' && Number.isFinite(r.ObjectiveValue));
  if (!hasSolution) return { status: r.Status, chosen: null };
  const chosen: number[] = [];
  for (let k = 0; k < cands.length; k++) {
    if ((r.Columns[`x${k}`]?.Primal ?? 0) > 0.5) chosen.push(k);
  }
  return { status: r.Status, chosen };
}

/**
 * Names the constraints whose removal makes the model feasible: every group that alone restores
 * feasibility, and within it every single constraint that does; when no group alone does, the
 * first pair of groups (in `CONSTRAINT_GROUPS` order) that does together.
 */
function relax(
  solver: AssignmentSolver,
  cands: readonly Candidate[],
  constraints: readonly AssignmentConstraint[],
  options: AssignOptions,
): Infeasibility[] {
  const feasible = (skip: (i: number) => boolean): boolean =>
    solve(solver, cands, constraints, skip, options).status !== 'Infeasible';
  const present = CONSTRAINT_GROUPS.filter((g) => constraints.some((c) => c.ref.group === g));
  const out: Infeasibility[] = [];
  for (const group of present) {
    if (!feasible((i) => constraints[i]!.ref.group === group)) continue;
    const members = constraints.flatMap((c, i) => (c.ref.group === group ? [i] : []));
    const single =
      members.length <= MAX_SINGLE_RELAXATIONS
        ? members.filter((m) => feasible((i) => i === m))
        : [];
    for (const m of single) {
      const c = constraints[m]!;
      out.push({ ...c.ref, found: 'relaxation', text: constraintText(c, 'relaxation') });
    }
    if (single.length === 0) out.push(groupInfeasibility(group, []));
  }
  if (out.length > 0) return out;
  for (const [i, g] of present.entries()) {
    for (const h of present.slice(i + 1)) {
      if (feasible((k) => constraints[k]!.ref.group === g || constraints[k]!.ref.group === h)) {
        return [groupInfeasibility(g, [h]), groupInfeasibility(h, [g])];
      }
    }
  }
  return present.map((g) =>
    groupInfeasibility(
      g,
      present.filter((x) => x !== g),
    ),
  );
}

function groupInfeasibility(
  group: ConstraintGroup,
  others: readonly ConstraintGroup[],
): Infeasibility {
  const with_ = others.length === 0 ? '' : ` + ${others.join(' + ')}`;
  return {
    group,
    subject: '*',
    found: 'relaxation',
    text: {
      id: `${group}${with_}: kelompok batasan ini tidak dapat dipenuhi bersama batasan lain (tanpa kelompok ini penugasan layak)`,
      en: `${group}${with_}: this group of constraints cannot be met together with the others (without it an assignment exists)`,
    },
  };
}
