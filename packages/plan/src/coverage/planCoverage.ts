import type { Plan, PlanRow, PlanVillage } from '../types.ts';
import type { DoubleCoverage, LocusCoverage, NonLocusCoverage, PlanCoverage } from './types.ts';

/** Per village: the rows covering it and its budget share. */
interface Reach {
  readonly rows: PlanRow[];
  budget: number;
}

const uniqSorted = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/**
 * Loci × needs × programmes: for each locus the plan rows covering it, the agencies, its budget
 * (each row's budget split evenly over the row's villages) and budget per poor household, and
 * which of its needs (the top drivers of its score) a row addresses — a row addresses a need when
 * it moves the same catalogue indicator (a rate and its count are one indicator). Also: the loci
 * no row covers; villages getting the same kind of programme (same indicator) from more than one
 * row; villages that are not loci but get programmes (allowed, shown); totals by funding source.
 * Everything in code order. O(plan rows · villages per row + villages · needs).
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
 * // One PKH row (desil1_kk) on the first locus only.
 * const plan = { file: 'rat.csv', setAside: [], diagnostics: [], rows: [{ row: 1, line: 2, agency: 'Dinas Sosial',
 *   programme: 'PKH', activity: '', indicator: 'desil1_kk', target: null, targetUnit: '', budget: 10_000_000,
 *   source: 'APBD', scope: { kind: 'codes' }, villages: ['33.21.01.2001'] }] };
 * const c = planCoverage(plan, planVillages(result));
 * c.uncovered; // => ['33.21.01.2002']
 * [c.totals.loci, c.totals.lociCovered, c.totals.budgetOnLoci]; // => [2, 1, 10000000]
 */
export function planCoverage(plan: Plan, villages: readonly PlanVillage[]): PlanCoverage {
  const reach = new Map<string, Reach>();
  for (const row of plan.rows) {
    const share = row.villages.length === 0 ? 0 : row.budget / row.villages.length;
    for (const code of row.villages) {
      const r = reach.get(code) ?? { rows: [], budget: 0 };
      r.rows.push(row);
      r.budget += share;
      reach.set(code, r);
    }
  }
  const loci = villages.filter((v) => v.locus).map((v) => locusCoverage(v, reach.get(v.code)));
  const nonLoci: NonLocusCoverage[] = villages
    .filter((v) => !v.locus && reach.has(v.code))
    .map((v) => {
      const r = reach.get(v.code)!;
      const rows = r.rows.map((x) => x.row);
      return { code: v.code, name: v.name, kecamatanName: v.kecamatanName, rows, budget: r.budget };
    });
  const doubles = villages.flatMap((v) => doublesOf(v, reach.get(v.code)));
  return {
    loci,
    uncovered: loci.filter((l) => l.rows.length === 0).map((l) => l.code),
    unaddressed: loci
      .filter((l) => l.unaddressed.length > 0)
      .map((l) => ({ village: l.code, indicators: l.unaddressed.map((n) => n.indicator) })),
    doubles,
    nonLoci,
    totals: totals(plan, loci, nonLoci),
  };
}

function locusCoverage(v: PlanVillage, r: Reach | undefined): LocusCoverage {
  const rows = r?.rows ?? [];
  const budget = r?.budget ?? 0;
  const needs = v.needs.map((need) => ({
    need,
    rows: rows.filter((x) => x.indicator === need.indicator).map((x) => x.row),
  }));
  const poor = v.poorHouseholds;
  return {
    code: v.code,
    name: v.name,
    kecamatan: v.kecamatan,
    kecamatanName: v.kecamatanName,
    rank: v.rank,
    rows: rows.map((x) => x.row),
    agencies: uniqSorted(rows.map((x) => x.agency)),
    budget,
    poorHouseholds: poor,
    budgetPerPoorHousehold: poor === null || poor <= 0 ? null : budget / poor,
    needs,
    unaddressed: needs.filter((n) => n.rows.length === 0).map((n) => n.need),
  };
}

function doublesOf(v: PlanVillage, r: Reach | undefined): DoubleCoverage[] {
  if (r === undefined) return [];
  const byIndicator = new Map<string, PlanRow[]>();
  for (const row of r.rows)
    byIndicator.set(row.indicator, [...(byIndicator.get(row.indicator) ?? []), row]);
  return [...byIndicator.entries()]
    .filter(([, rows]) => rows.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([indicator, rows]) => ({
      village: v.code,
      name: v.name,
      locus: v.locus,
      indicator,
      rows: rows.map((x) => x.row),
      agencies: uniqSorted(rows.map((x) => x.agency)),
    }));
}

function totals(
  plan: Plan,
  loci: readonly LocusCoverage[],
  nonLoci: readonly NonLocusCoverage[],
): PlanCoverage['totals'] {
  const bySource: Record<string, number> = {};
  let budget = 0;
  for (const row of plan.rows) {
    budget += row.budget;
    bySource[row.source] = (bySource[row.source] ?? 0) + row.budget;
  }
  const needs = loci.reduce((s, l) => s + l.needs.length, 0);
  const addressed = loci.reduce((s, l) => s + l.needs.length - l.unaddressed.length, 0);
  return {
    budget,
    budgetOnLoci: loci.reduce((s, l) => s + l.budget, 0),
    budgetOffLoci: nonLoci.reduce((s, l) => s + l.budget, 0),
    bySource,
    loci: loci.length,
    lociCovered: loci.filter((l) => l.rows.length > 0).length,
    needs,
    needsAddressed: addressed,
  };
}
