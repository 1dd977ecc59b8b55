/**
 * The plan step of the scoring worker (loaded with the first plan request): keeps the analyst's
 * action plan and agency list, and reads them against the current result with `@lokus/plan` —
 * `planVillages` (loci and their needs from the explain step), `readPlan` / `readAgencies` (coded
 * diagnostics naming file, row, column and value), `planCoverage`, and `assignAgencies` (HiGHS,
 * WebAssembly, loaded from the build's own `highs.wasm`). The viewer only shows what comes back.
 */
import { INDICATOR_CATALOGUE, type Label, quantile, type ScenarioResult } from '@lokus/core';
import {
  type Agency,
  type AgencyList,
  type AssignmentResult,
  type AssignmentSolver,
  assignAgencies,
  loadSolver,
  type Plan,
  type PlanCoverage,
  type PlanVillage,
  planCoverage,
  planVillages,
  readAgencies,
  readPlan,
  readSheet,
  type Sheet,
} from '@lokus/plan';
import highsWasm from 'highs/runtime?url';
import { BUDGET_COLOURS } from './planLayer.ts';
import type {
  PlanPin,
  PlanRequestBody,
  PlanRowView,
  PlanView,
  PlanVillageView,
} from './planProtocol.ts';

let planSheet: Sheet | null = null;
let agencySheet: Sheet | null = null;
/** Pins of the last assignment asked for; null: no assignment asked for. */
let pins: readonly PlanPin[] | null = null;
let solver: Promise<AssignmentSolver> | null = null;

const LABELS = new Map<string, Label>(INDICATOR_CATALOGUE.map((e) => [e.id, e.label]));

/** Takes the files and choices of a request, then reads the plan against `result`. */
export async function planRequest(
  result: ScenarioResult | null,
  body: PlanRequestBody,
): Promise<PlanView> {
  const t0 = performance.now();
  if (body.plan !== undefined)
    planSheet =
      body.plan === null ? null : await readSheet(body.plan.bytes, { file: body.plan.name });
  if (body.agencies !== undefined) {
    agencySheet =
      body.agencies === null
        ? null
        : await readSheet(body.agencies.bytes, { file: body.agencies.name });
    if (body.agencies === null) pins = null;
  }
  if (body.assign !== undefined) pins = body.assign.pins;
  const view = await planViewOf(result);
  return { ...view, ms: performance.now() - t0 };
}

/** Whether a plan is loaded (the exports then carry its section). */
export function planLoaded(): boolean {
  return planSheet !== null;
}

/** The plan's coverage and assignment of `result`, for the annex and the exported tables. */
export async function planForExport(
  result: ScenarioResult,
): Promise<{ coverage: PlanCoverage; assignment: AssignmentResult | null } | null> {
  const view = await planViewOf(result);
  return view.coverage === null ? null : { coverage: view.coverage, assignment: view.assignment };
}

const EMPTY: Omit<PlanView, 'error'> = {
  planFile: null,
  agenciesFile: null,
  diagnostics: [],
  rows: [],
  setAside: [],
  coverage: null,
  villages: [],
  budgetBins: [],
  agencies: [],
  assignment: null,
  assignmentError: null,
  ms: 0,
};

/** The last view and what it was made of: the same inputs give it back without solving again. */
let last: { inputs: readonly unknown[]; view: PlanView } | null = null;

async function planViewOf(result: ScenarioResult | null): Promise<PlanView> {
  const inputs = [result, planSheet, agencySheet, pins];
  if (last?.inputs.every((x, i) => x === inputs[i])) return last.view;
  const view = await freshView(result);
  last = { inputs, view };
  return view;
}

async function freshView(result: ScenarioResult | null): Promise<PlanView> {
  const names = { planFile: planSheet?.file ?? null, agenciesFile: agencySheet?.file ?? null };
  if (!result?.ok || !result.stages) {
    const error = {
      id: 'Belum ada hasil skenario yang sah: rencana dibaca setelah skenario dihitung.',
      en: 'No valid scenario result yet: the plan is read once the scenario has run.',
    };
    return { ...EMPTY, ...names, error };
  }
  const villages = planVillages(result);
  const list = agencySheet === null ? null : readAgencies(agencySheet, villages);
  const agencies = list === null ? undefined : list.agencies;
  const plan =
    planSheet === null ? null : readPlan(planSheet, villages, agencies ? { agencies } : {});
  const coverage = plan === null ? null : planCoverage(plan, villages);
  const { assignment, assignmentError } = await solveAssignment(villages, list);
  const budgets = coverage === null ? null : budgetClasses(coverage);
  return {
    ...names,
    diagnostics: [...(plan?.diagnostics ?? []), ...(list?.diagnostics ?? [])],
    rows: plan === null ? [] : rowViews(plan),
    setAside: plan?.setAside ?? [],
    coverage,
    villages: coverage === null || budgets === null ? [] : villageViews(coverage, budgets.classOf),
    budgetBins: budgets?.bins ?? [],
    agencies: list?.agencies.map((a) => a.name) ?? [],
    assignment,
    assignmentError,
    error: null,
    ms: 0,
  };
}

/** Solves the assignment when one was asked for, with the pins added to the agencies' own. */
async function solveAssignment(
  villages: readonly PlanVillage[],
  list: AgencyList | null,
): Promise<{ assignment: AssignmentResult | null; assignmentError: string | null }> {
  if (list === null || pins === null) return { assignment: null, assignmentError: null };
  const pinned = (a: Agency): Agency => {
    const extra = pins!.filter((p) => p.agency === a.name).map((p) => p.village);
    return extra.length === 0 ? a : { ...a, pinned: [...new Set([...a.pinned, ...extra])] };
  };
  try {
    solver ??= loadSolver({ locateFile: () => highsWasm });
    const highs = await solver;
    return {
      assignment: assignAgencies(villages, list.agencies.map(pinned), highs),
      assignmentError: null,
    };
  } catch (error) {
    solver = null;
    return {
      assignment: null,
      assignmentError: error instanceof Error ? error.message : String(error),
    };
  }
}

function rowViews(plan: Plan): PlanRowView[] {
  return plan.rows.map((r) => ({
    row: r.row,
    agency: r.agency,
    programme: r.programme,
    activity: r.activity,
    indicator: r.indicator,
    indicatorLabel: LABELS.get(r.indicator) ?? { id: r.indicator, en: r.indicator },
    target: r.target,
    targetUnit: r.targetUnit,
    budget: r.budget,
    source: r.source,
    villages: r.villages.length,
  }));
}

/**
 * Quantile classes (core's `quantile`, one per colour of the layer; ties collapse bounds) of the budgets of the loci that have a
 * programme; the uncovered loci and the other villages get no class.
 */
function budgetClasses(c: PlanCoverage): { bins: number[]; classOf: Map<string, number> } {
  const covered = c.loci.filter((l) => l.rows.length > 0);
  if (covered.length === 0) return { bins: [], classOf: new Map() };
  const classes = quantile(
    covered.map((l) => l.budget),
    Math.min(BUDGET_COLOURS.length, covered.length),
  );
  const classOf = new Map(covered.map((l, i) => [l.code, classes.classOf[i] ?? -1]));
  return { bins: [...classes.bins], classOf };
}

function villageViews(c: PlanCoverage, classOf: ReadonlyMap<string, number>): PlanVillageView[] {
  const loci: PlanVillageView[] = c.loci.map((l) => ({
    code: l.code,
    state: l.rows.length === 0 ? 'uncovered' : 'covered',
    rows: l.rows,
    budget: l.budget,
    budgetPerPoorHousehold: l.budgetPerPoorHousehold,
    budgetClass: classOf.get(l.code) ?? -1,
    unaddressed: l.unaddressed.map((n) => n.label),
  }));
  const others: PlanVillageView[] = c.nonLoci.map((v) => ({
    code: v.code,
    state: 'other',
    rows: v.rows,
    budget: v.budget,
    budgetPerPoorHousehold: null,
    budgetClass: -1,
    unaddressed: [],
  }));
  return [...loci, ...others].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
