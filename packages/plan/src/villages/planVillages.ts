import { explainVillage, type Label, type ScenarioResult } from '@lokus/core';
import { catalogueId } from '../read/planIndicator.ts';
import type { PlanNeed, PlanVillage } from '../types.ts';
import { districtRanks } from './districtRanks.ts';

/** Options of {@link planVillages}. */
export interface PlanVillagesOptions {
  /** How many top drivers count as a locus's needs (default 3). */
  readonly top?: number;
  /**
   * Table column of poor households, the divisor of the budget per poor household; default the
   * first present of `desil1_kk`, `desil12_kk`; none when neither is in the table.
   */
  readonly poorHouseholds?: string;
}

const POOR_DEFAULTS = ['desil1_kk', 'desil12_kk'];

/** `Rumah tidak layak huni (RTLH)` → `RTLH`; other labels as they are. */
const short = (s: string): string => /\(([^)]+)\)\s*$/.exec(s)?.[1] ?? s;

/**
 * The villages of a result as the plan sees them: code, names, locus or not, rank, poor
 * households, and for each locus its needs — the top drivers of its score from core's
 * `explainVillage` (the indicators that lift it most above the district average), each with its
 * value as scored and its rank among the district's villages (neediest first, ties share the
 * smaller rank). Villages are in code order. Complexity O(n·m + m·n log n) for n villages and m
 * indicators.
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
 * planVillages(result, { top: 1 }).map((v) => v.needs.map((n) => [n.indicator, n.value, n.districtRank]));
 * // => [[['desil1_kk', 40, 1]], [['rtlh_unit', 30, 1]], []] (the third village is no locus)
 */
export function planVillages(
  result: ScenarioResult,
  options: PlanVillagesOptions = {},
): PlanVillage[] {
  const { top = 3 } = options;
  const { table, stages } = result;
  if (stages === null) throw new Error('planVillages requires a scored result (stages present)');
  const ranks = new Map<string, { rank: Float64Array; count: number }>();
  for (const ind of result.scenario.indicators) {
    const raw = stages.raw[ind.id];
    if (raw === undefined) continue;
    const rank = districtRanks(raw, ind.direction === 'higher-is-worse');
    ranks.set(ind.id, { rank, count: rank.filter((r) => !Number.isNaN(r)).length });
  }
  const poorColumn =
    options.poorHouseholds ?? POOR_DEFAULTS.find((c) => table.columns[c] !== undefined);
  const poor = poorColumn === undefined ? undefined : table.columns[poorColumn];
  const order = Array.from({ length: table.length }, (_, i) => i).sort((a, b) =>
    table.code[a]! < table.code[b]! ? -1 : 1,
  );
  return order.map((i) => {
    const locus = stages.selected.selected[i] === 1;
    const r = stages.ranked.rank[i]!;
    const p = poor?.[i];
    return {
      code: table.code[i]!,
      name: table.name[i]!,
      kecamatan: table.kecamatan[i]!,
      kecamatanName: table.kecamatanName[i]!,
      locus,
      rank: Number.isNaN(r) ? null : r,
      poorHouseholds: p === undefined || Number.isNaN(p) ? null : p,
      needs: locus ? needsOf(result, i, top, ranks) : [],
    };
  });
}

function needsOf(
  result: ScenarioResult,
  i: number,
  top: number,
  ranks: ReadonlyMap<string, { rank: Float64Array; count: number }>,
): PlanNeed[] {
  return explainVillage(result, i, { top }).drivers.map((d) => {
    const r = ranks.get(d.id);
    const label: Label = { id: short(d.label.id), en: short(d.label.en) };
    return {
      indicator: catalogueId(d.id),
      scenarioIndicator: d.id,
      label,
      unit: d.unit,
      value: d.raw,
      districtRank: r?.rank[i] ?? Number.NaN,
      rankedCount: r?.count ?? 0,
      higherIsWorse: d.direction === 'higher-is-worse',
      relative: d.relative,
    };
  });
}
