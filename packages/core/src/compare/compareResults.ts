import { contributionModel } from '../explain/contributionModel.ts';
import type { NotSelectedReason, ScenarioResult, SelectedReason } from '../result.ts';
import type { AggregateMethod } from '../scenario/types.ts';
import type { Label } from '../types.ts';
import { kendallTauB } from './kendallTauB.ts';
import { spearman } from './spearman.ts';

type Reason = SelectedReason | NotSelectedReason;

/** One village present in both results. */
export interface RankShift {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly indexA: number;
  readonly indexB: number;
  /** `NaN` when unranked in that result. */
  readonly rankA: number;
  readonly rankB: number;
  /** `rankB − rankA`: positive = moved down (lower priority in b). `NaN` if unranked in either. */
  readonly shift: number;
  readonly selectedA: boolean;
  readonly selectedB: boolean;
}

/** How one indicator's contribution changed between the two results. */
export interface IndicatorChange {
  readonly id: string;
  readonly label: Label;
  /** Contribution in a (0 when the indicator is not in a's scenario). */
  readonly contributionA: number;
  readonly contributionB: number;
  /** `contributionB − contributionA`. */
  readonly change: number;
}

/** A village that entered or left the selection, with what moved it. */
export interface SelectionChange {
  readonly code: string;
  readonly name: string;
  readonly kecamatan: string;
  readonly rankA: number;
  readonly rankB: number;
  readonly reasonA: Reason;
  readonly reasonB: Reason;
  readonly detailA: string;
  readonly detailB: string;
  /** The indicators whose contribution changed most (by absolute change), largest first. */
  readonly drivers: readonly IndicatorChange[];
}

/** The comparison of two results, village by village (matched by code). */
export interface Comparison {
  readonly methodA: AggregateMethod;
  readonly methodB: AggregateMethod;
  /** False when the methods differ: contributions are then on different scales. */
  readonly comparableContributions: boolean;
  /** Villages present in both, in a's row order. */
  readonly villages: readonly RankShift[];
  /** Codes only in a, and only in b, in row order. */
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  /** Villages ranked in both; the correlations are computed over them. */
  readonly rankedInBoth: number;
  /** Spearman's rho of the two rankings (midranks for ties). */
  readonly spearman: number;
  /** Kendall's tau-b of the two rankings. */
  readonly kendallTauB: number;
  readonly selectedA: number;
  readonly selectedB: number;
  readonly selectedBoth: number;
  /** |A ∩ B| / |A ∪ B| of the selected codes (1 when both are empty). */
  readonly jaccard: number;
  /** Matched villages selected in b but not in a, by rank in b. */
  readonly entered: readonly SelectionChange[];
  /** Matched villages selected in a but not in b, by rank in a. */
  readonly left: readonly SelectionChange[];
}

/** Options of {@link compareResults}. */
export interface CompareOptions {
  /** How many driver indicators to list per entering or leaving village (default 3). */
  readonly top?: number;
}

/**
 * Compares two results (two scenarios, two years, two weightings) village by village, matched by
 * village code: codes found in only one result are listed; each matched village gets its rank
 * shift (`rankB − rankA`, positive = moved down); the two rankings are summarised by Spearman's
 * rho and Kendall's tau-b over the villages ranked in both; the selections by their Jaccard overlap;
 * and every village that entered or left the selection is listed with both selection reasons and
 * the indicators whose contribution (as in `explainVillage`) changed most between a and b.
 *
 * Method: Spearman (1904), Kendall tau-b by Knight (1966), Jaccard (1912).
 * Complexity: O(n log n + n·m) for n villages and m indicators.
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', values: { d1: 40, rtlh: 12 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', values: { d1: 10, rtlh: 30 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', values: { d1: 25, rtlh: 5 } },
 * ]);
 * const ind = (id, weight) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse', weight });
 * const scenario = (weights) => ({
 *   name: 'x', indicators: [ind('d1', 1), ind('rtlh', weights)], weights: { method: 'manual' }, select: { mode: 'top-n', n: 1 },
 * });
 * // a: equal weights; b: rtlh weighs three times d1.
 * const [a, b] = [runScenario(table, scenario(1)), runScenario(table, scenario(3))];
 * const c = compareResults(a, b);
 * c.villages.map((v) => v.shift); // => [1, -1, 0]
 * c.jaccard; // => 0
 * c.entered[0].drivers[0]; // => { id: 'rtlh', label: { id: 'rtlh', en: 'rtlh' }, contributionA: 50, contributionB: 75, change: 25 }
 */
export function compareResults(
  a: ScenarioResult,
  b: ScenarioResult,
  options: CompareOptions = {},
): Comparison {
  const { top = 3 } = options;
  const modelA = contributionModel(a, 'compareResults');
  const modelB = contributionModel(b, 'compareResults');
  const sa = a.stages!;
  const sb = b.stages!;

  // Same codes in the same order (the usual case: one table, two scenarios) need no lookup.
  const codesA = a.table.code;
  const codesB = b.table.code;
  let sameRows = codesA.length === codesB.length;
  for (let i = 0; sameRows && i < codesA.length; i++) sameRows = codesA[i] === codesB[i];
  const indexInB = new Map<string, number>();
  const inA = new Set<string>();
  if (!sameRows) {
    for (let j = 0; j < codesB.length; j++) indexInB.set(codesB[j]!, j);
    for (const code of codesA) inA.add(code);
  }

  const villages: RankShift[] = [];
  const onlyInA: string[] = [];
  const rankA: number[] = [];
  const rankB: number[] = [];
  let selectedA = 0;
  let selectedB = 0;
  let selectedBoth = 0;
  for (let i = 0; i < a.table.length; i++) {
    const code = a.table.code[i]!;
    const isA = sa.selected.selected[i] === 1;
    if (isA) selectedA++;
    const j = sameRows ? i : indexInB.get(code);
    if (j === undefined) {
      onlyInA.push(code);
      continue;
    }
    const ra = sa.ranked.rank[i]!;
    const rb = sb.ranked.rank[j]!;
    const isB = sb.selected.selected[j] === 1;
    if (isA && isB) selectedBoth++;
    if (!Number.isNaN(ra) && !Number.isNaN(rb)) {
      rankA.push(ra);
      rankB.push(rb);
    }
    villages.push({
      code,
      name: a.table.name[i] ?? '',
      kecamatan: a.table.kecamatan[i]!,
      indexA: i,
      indexB: j,
      rankA: ra,
      rankB: rb,
      shift: rb - ra,
      selectedA: isA,
      selectedB: isB,
    });
  }
  const onlyInB: string[] = [];
  for (let j = 0; j < b.table.length; j++) {
    if (sb.selected.selected[j] === 1) selectedB++;
    if (!sameRows && !inA.has(codesB[j]!)) onlyInB.push(codesB[j]!);
  }
  const union = selectedA + selectedB - selectedBoth;

  // Contribution changes, over the union of both scenarios' indicators.
  const ids = [...new Set([...modelA.ids, ...modelB.ids])];
  const labels = new Map<string, Label>();
  for (const ind of [...b.scenario.indicators, ...a.scenario.indicators])
    labels.set(ind.id, ind.label);
  const bufA = new Float64Array(modelA.ids.length);
  const bufB = new Float64Array(modelB.ids.length);
  const posA = ids.map((id) => modelA.ids.indexOf(id));
  const posB = ids.map((id) => modelB.ids.indexOf(id));
  const labelOf = ids.map((id) => labels.get(id) ?? { id, en: id });
  const contributionA = new Float64Array(ids.length);
  const contributionB = new Float64Array(ids.length);
  const size = new Float64Array(ids.length);
  const count = Math.min(Math.max(0, top), ids.length);
  const drivers = (v: RankShift): IndicatorChange[] => {
    modelA.at(v.indexA, bufA);
    modelB.at(v.indexB, bufB);
    for (let k = 0; k < ids.length; k++) {
      contributionA[k] = posA[k]! < 0 ? 0 : bufA[posA[k]!]!;
      contributionB[k] = posB[k]! < 0 ? 0 : bufB[posB[k]!]!;
      const d = contributionB[k]! - contributionA[k]!;
      size[k] = Number.isNaN(d) ? -1 : Math.abs(d);
    }
    // Partial selection of the largest |change|, ties by indicator order (m is small).
    const out: IndicatorChange[] = [];
    const taken = new Uint8Array(ids.length);
    for (let t = 0; t < count; t++) {
      let best = -1;
      for (let k = 0; k < ids.length; k++) {
        if (taken[k] === 0 && (best < 0 || size[k]! > size[best]!)) best = k;
      }
      taken[best] = 1;
      out.push({
        id: ids[best]!,
        label: labelOf[best]!,
        contributionA: contributionA[best]!,
        contributionB: contributionB[best]!,
        change: contributionB[best]! - contributionA[best]!,
      });
    }
    return out;
  };
  const change = (v: RankShift): SelectionChange => ({
    code: v.code,
    name: v.name,
    kecamatan: v.kecamatan,
    rankA: v.rankA,
    rankB: v.rankB,
    reasonA: sa.selected.reason[v.indexA]!,
    reasonB: sb.selected.reason[v.indexB]!,
    detailA: sa.selected.detail[v.indexA] ?? '',
    detailB: sb.selected.detail[v.indexB] ?? '',
    drivers: drivers(v),
  });
  const byRank = (key: 'rankA' | 'rankB') => (x: RankShift, y: RankShift) => {
    const rx = Number.isNaN(x[key]) ? Number.POSITIVE_INFINITY : x[key];
    const ry = Number.isNaN(y[key]) ? Number.POSITIVE_INFINITY : y[key];
    return rx - ry || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
  };
  const entered = villages
    .filter((v) => v.selectedB && !v.selectedA)
    .sort(byRank('rankB'))
    .map(change);
  const left = villages
    .filter((v) => v.selectedA && !v.selectedB)
    .sort(byRank('rankA'))
    .map(change);

  return {
    methodA: modelA.method,
    methodB: modelB.method,
    comparableContributions: modelA.method === modelB.method,
    villages,
    onlyInA,
    onlyInB,
    rankedInBoth: rankA.length,
    spearman: spearman(rankA, rankB),
    kendallTauB: kendallTauB(rankA, rankB),
    selectedA,
    selectedB,
    selectedBoth,
    jaccard: union === 0 ? 1 : selectedBoth / union,
    entered,
    left,
  };
}
