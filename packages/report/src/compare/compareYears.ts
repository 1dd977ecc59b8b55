import {
  canonicalJson,
  kendallTauB,
  type ScenarioIndicator,
  type ScenarioResult,
  spearman,
} from '@lokus/core';
import type { ReportDiagnostic } from '../diagnostics.ts';
import { toResultRecord } from '../record/toResultRecord.ts';
import type { RecordVillage, ResultRecord } from '../record/types.ts';
import { changeCause } from './changeCause.ts';
import { changeText } from './changeText.ts';
import { indicatorMoves, type MoveContext } from './indicatorMoves.ts';
import type { VillageShift, YearChange, YearComparison } from './types.ts';
import { yearSummary } from './yearSummary.ts';

/** Options of {@link compareYears}. */
export interface CompareYearsOptions {
  /** Language of the reasons and the summary; Bahasa Indonesia by default. */
  readonly lang?: 'id' | 'en';
}

/**
 * Compares this year's result with last year's recorded result, village by village (matched by
 * code): rank shifts; the villages that entered and left the loci, each with the cause (see
 * `ChangeCause`: a forced decision, carry-over, quota, eligibility, a missing score, a rule of
 * last year that ended, or the village's own change in need) and the reason in words naming
 * the indicators that moved and by how much; codes that appeared or vanished (`CODE_APPEARED`,
 * `CODE_VANISHED`); and agreement figures — loci in both years, Jaccard overlap, and Spearman's
 * rho and Kendall's tau-b of the two rankings over villages ranked in both (core's `spearman`
 * and `kendallTauB`; core's `compareResults` needs two full results, while last year is only a
 * record). Indicators are compared where both years scored the same id in the same direction.
 *
 * Method: hash join on code; need change as in `indicatorMoves`. O(n·m + n log n).
 *
 * @example
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const names = ['Sukamaju', 'Sukamundur', 'Karanganyar'];
 * const year = (y, values) => runScenario(
 *   createTable(names.map((name, i) => ({ code: `33.21.01.200${i + 1}`, name, values: { d1: values[i] } }))).table,
 *   { name: 'Contoh', year: y, indicators: [d1], select: { mode: 'top-n', n: 1 } },
 * );
 * // Sukamaju, the 2025 locus, has far fewer desil-1 households in 2026.
 * const comparison = compareYears(year(2026, [12, 10, 25]), toResultRecord(year(2025, [40, 10, 25])));
 * comparison.left.map((v) => [v.name, v.cause]); // => [['Sukamaju', 'need-fell']]
 */
export function compareYears(
  current: ScenarioResult | ResultRecord,
  previous: ResultRecord,
  options: CompareYearsOptions = {},
): YearComparison {
  const { lang = 'id' } = options;
  const now = 'stages' in current ? toResultRecord(current) : current;
  const before = new Map(previous.villages.map((v) => [v.code, v]));
  const after = new Map(now.villages.map((v) => [v.code, v]));
  const context: MoveContext = {
    indicators: sharedIndicators(now, previous),
    weights: now.weights,
    spread: spreads(previous),
    lang,
  };
  const change = (direction: 'entered' | 'left', code: string): YearChange => {
    const p = before.get(code);
    const c = after.get(code);
    const indicators = p && c ? indicatorMoves(c, p, context) : [];
    const need = indicators.reduce((sum, m) => sum + m.needChange, 0);
    const cause = changeCause(direction, p, c, need);
    const base = c ?? p!;
    return {
      code,
      name: base.name,
      kecamatan: base.kecamatan,
      kecamatanName: base.kecamatanName,
      rankPrevious: p?.rank ?? null,
      rankCurrent: c?.rank ?? null,
      reasonPrevious: p?.reason ?? null,
      reasonCurrent: c?.reason ?? null,
      cause,
      needChange: need,
      indicators,
      text: changeText({ cause, previous: p, current: c, indicators }, lang),
    };
  };
  const byRank = (key: 'rankCurrent' | 'rankPrevious') => (a: YearChange, b: YearChange) =>
    (a[key] ?? Number.POSITIVE_INFINITY) - (b[key] ?? Number.POSITIVE_INFINITY) ||
    (a.code < b.code ? -1 : 1);
  const entered = now.villages
    .filter((v) => v.selected && !before.get(v.code)?.selected)
    .map((v) => change('entered', v.code))
    .sort(byRank('rankCurrent'));
  const left = previous.villages
    .filter((v) => v.selected && !after.get(v.code)?.selected)
    .map((v) => change('left', v.code))
    .sort(byRank('rankPrevious'));
  const villages = shifts(now.villages, before);
  const appeared = now.villages.filter((v) => !before.has(v.code)).map((v) => v.code);
  const vanished = previous.villages.filter((v) => !after.has(v.code)).map((v) => v.code);
  const agreement = agreementOf(villages, now, previous);
  const comparison = {
    previousYear: previous.year,
    currentYear: now.year,
    sameScenario: methodKey(now) === methodKey(previous),
    villages,
    entered,
    left,
    appeared,
    vanished,
    agreement,
    diagnostics: yearDiagnostics(now, previous, appeared, vanished),
  };
  return { ...comparison, summary: yearSummary(comparison, lang) };
}

/** This year's indicators that last year also scored, with the same direction. */
function sharedIndicators(now: ResultRecord, previous: ResultRecord): ScenarioIndicator[] {
  const before = new Map(previous.scenario.indicators.map((i) => [i.id, i]));
  return now.scenario.indicators.filter((i) => before.get(i.id)?.direction === i.direction);
}

/** Population standard deviation of each indicator's scored values over the villages. */
function spreads(record: ResultRecord): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ind of record.scenario.indicators) {
    const xs = record.villages
      .map((v) => v.raw[ind.id])
      .filter((x): x is number => typeof x === 'number');
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    out[ind.id] =
      xs.length < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
  }
  return out;
}

function shifts(
  villages: readonly RecordVillage[],
  before: Map<string, RecordVillage>,
): VillageShift[] {
  const out: VillageShift[] = [];
  for (const c of villages) {
    const p = before.get(c.code);
    if (p === undefined) continue;
    out.push({
      code: c.code,
      name: c.name,
      kecamatan: c.kecamatan,
      rankPrevious: p.rank,
      rankCurrent: c.rank,
      shift: p.rank === null || c.rank === null ? null : c.rank - p.rank,
      selectedPrevious: p.selected,
      selectedCurrent: c.selected,
    });
  }
  return out;
}

function agreementOf(villages: readonly VillageShift[], now: ResultRecord, previous: ResultRecord) {
  const ranked = villages.filter((v) => v.rankPrevious !== null && v.rankCurrent !== null);
  const a = ranked.map((v) => v.rankPrevious!);
  const b = ranked.map((v) => v.rankCurrent!);
  const previousLoci = previous.villages.filter((v) => v.selected).length;
  const currentLoci = now.villages.filter((v) => v.selected).length;
  const overlap = villages.filter((v) => v.selectedPrevious && v.selectedCurrent).length;
  const union = previousLoci + currentLoci - overlap;
  return {
    previousLoci,
    currentLoci,
    overlap,
    jaccard: union === 0 ? 1 : overlap / union,
    rankedInBoth: ranked.length,
    spearman: spearman(a, b),
    kendallTauB: kendallTauB(a, b),
  };
}

function yearDiagnostics(
  now: ResultRecord,
  previous: ResultRecord,
  appeared: readonly string[],
  vanished: readonly string[],
): ReportDiagnostic[] {
  const out: ReportDiagnostic[] = [];
  if (now.district !== previous.district)
    out.push({
      code: 'DIFFERENT_DISTRICT',
      severity: 'warning',
      message: `The two years are different districts (${previous.district} and ${now.district}).`,
      value: now.district,
    });
  if (now.year !== null && previous.year !== null && now.year <= previous.year)
    out.push({
      code: 'YEAR_ORDER',
      severity: 'warning',
      message: `The previous year (${previous.year}) is not before the current year (${now.year}).`,
      value: previous.year,
    });
  for (const code of appeared)
    out.push({
      code: 'CODE_APPEARED',
      severity: 'info',
      message: `Village ${code} is in this year's data but not in last year's.`,
      village: code,
      value: code,
    });
  for (const code of vanished)
    out.push({
      code: 'CODE_VANISHED',
      severity: 'warning',
      message: `Village ${code} was in last year's data but is not in this year's.`,
      village: code,
      value: code,
    });
  return out;
}

/** The scenario without its year and yearly lists, as canonical JSON: equal for the same method. */
function methodKey(record: ResultRecord): string {
  const { include: _i, exclude: _e, carryOver: _c, ...select } = record.scenario.select;
  return canonicalJson({ ...record.scenario, year: null, select });
}
