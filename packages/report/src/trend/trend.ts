import { INDICATOR_CATALOGUE } from '@lokus/core';
import { compareYears } from '../compare/compareYears.ts';
import type { YearComparison } from '../compare/types.ts';
import type { ReportDiagnostic } from '../diagnostics.ts';
import type { RecordVillage, ResultRecord } from '../record/types.ts';
import { graduateRule } from './graduateRule.ts';
import { type TargetSpec, trendTarget } from './trendTarget.ts';
import type { Trend, TrendSeries, TrendStayer, TrendVillage } from './types.ts';

/** Options of {@link trend}. */
export interface TrendOptions {
  readonly lang?: 'id' | 'en';
  /** Indicators shown per village and year; default the last year's three heaviest. */
  readonly indicators?: readonly string[];
  /**
   * The district target to follow; default the catalogue's `miskin_ekstrem_jiwa` (persons in
   * extreme poverty, from core's `INDICATOR_CATALOGUE`) when the records have that input column,
   * else none. `null` for none.
   */
  readonly target?: TargetSpec | null;
}

/**
 * Follows several years of results (e.g. 2025–2029), given as result records in any order:
 *
 * 1. orders them by year (`YEAR_ORDER` error for a missing or repeated year: no trend then);
 * 2. compares each year with the one before (`compareYears`);
 * 3. a table per village: rank, score, locus or not and the key indicators each year;
 * 4. graduates: villages that left the loci because their own need fell, not because of a rule
 *    (cause `need-fell`; the rule in words is `graduateRule`);
 * 5. villages that were loci every year;
 * 6. the district target per year, in the loci and in the district (see `trendTarget`);
 * 7. the series a chart needs (loci, graduates, target).
 *
 * O(years · n·m).
 *
 * @example
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const names = ['Sukamaju', 'Sukamundur', 'Karanganyar'];
 * const year = (y, values) => runScenario(
 *   createTable(names.map((name, i) => ({ code: `33.21.01.200${i + 1}`, name, values: { d1: values[i] } }))).table,
 *   { name: 'Contoh', year: y, indicators: [d1], select: { mode: 'top-n', n: 1 } },
 * );
 * const records = [[40, 10, 25], [12, 10, 25], [12, 30, 8]].map((v, k) => toResultRecord(year(2025 + k, v)));
 * const t = trend(records);
 * t.years; // => [2025, 2026, 2027]
 * t.graduates.map((g) => g.year); // => [2026, 2027]
 */
export function trend(records: readonly ResultRecord[], options: TrendOptions = {}): Trend {
  const { lang = 'id' } = options;
  const sorted = [...records].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const years = sorted.map((r) => r.year ?? Number.NaN);
  const diagnostics = checkYears(years);
  const last = sorted.at(-1);
  const ids = options.indicators ?? heaviest(last, 3);
  const indicators = ids.map((id) => {
    const ind = last?.scenario.indicators.find((i) => i.id === id);
    return { id, label: ind?.label[lang] ?? id, unit: ind?.unit ?? null };
  });
  if (diagnostics.length > 0 || last === undefined)
    return {
      years,
      indicators,
      villages: [],
      graduates: [],
      graduateRule: graduateRule(lang),
      stayed: [],
      target: null,
      series: [],
      comparisons: [],
      diagnostics,
    };
  const comparisons: YearComparison[] = [];
  for (let k = 1; k < sorted.length; k++)
    comparisons.push(compareYears(sorted[k]!, sorted[k - 1]!, { lang }));
  const villages = trendVillages(sorted, ids);
  const graduates = comparisons.flatMap((c) =>
    c.left
      .filter((x) => x.cause === 'need-fell')
      .map((change) => ({
        code: change.code,
        name: change.name,
        kecamatan: change.kecamatan,
        kecamatanName: change.kecamatanName,
        year: c.currentYear!,
        change,
      })),
  );
  const stayed: TrendStayer[] = villages
    .filter((v) => v.lociYears === sorted.length)
    .map((v) => ({
      code: v.code,
      name: v.name,
      kecamatan: v.kecamatan,
      kecamatanName: v.kecamatanName,
      ranks: v.years.map((y) => y.rank),
    }));
  const spec = options.target === undefined ? defaultTarget(last) : options.target;
  const target = spec === null ? null : trendTarget(sorted, spec, lang);
  const series = trendSeries(sorted, comparisons, target, lang);
  return {
    years,
    indicators,
    villages,
    graduates,
    graduateRule: graduateRule(lang),
    stayed,
    target,
    series,
    comparisons,
    diagnostics: [...diagnostics, ...comparisons.flatMap((c) => c.diagnostics)],
  };
}

function checkYears(years: readonly number[]): ReportDiagnostic[] {
  const out: ReportDiagnostic[] = [];
  years.forEach((y, k) => {
    if (!Number.isInteger(y))
      out.push({
        code: 'YEAR_ORDER',
        severity: 'error',
        message: `Result ${k + 1} has no year; a trend needs the year of every result.`,
        value: null,
      });
    else if (k > 0 && y === years[k - 1])
      out.push({
        code: 'YEAR_ORDER',
        severity: 'error',
        message: `The year ${y} is given twice.`,
        value: y,
      });
  });
  return out;
}

/** The `count` ids with the largest weight in a record, ties by scenario order. */
function heaviest(record: ResultRecord | undefined, count: number): string[] {
  if (record === undefined) return [];
  return record.scenario.indicators
    .map((ind, k) => ({ id: ind.id, w: record.weights[ind.id] ?? 0, k }))
    .sort((a, b) => b.w - a.w || a.k - b.k)
    .slice(0, count)
    .map((x) => x.id);
}

/** The extreme-poverty count of the indicator catalogue, when the records carry that column. */
function defaultTarget(record: ResultRecord): TargetSpec | null {
  const entry = INDICATOR_CATALOGUE.find((e) => e.id === 'miskin_ekstrem_jiwa');
  if (entry === undefined || !record.villages.some((v) => entry.id in v.values)) return null;
  return { column: entry.id, label: entry.label, unit: entry.unit };
}

function trendVillages(sorted: readonly ResultRecord[], ids: readonly string[]): TrendVillage[] {
  const byYear = sorted.map((r) => new Map(r.villages.map((v) => [v.code, v])));
  const latest = new Map<string, RecordVillage>();
  for (const r of sorted) for (const v of r.villages) latest.set(v.code, v);
  const codes = [...latest.keys()].sort();
  return codes.map((code) => {
    const years = sorted.map((r, k) => {
      const v = byYear[k]!.get(code);
      return {
        year: r.year!,
        rank: v?.rank ?? null,
        score: v?.score ?? null,
        selected: v === undefined ? null : v.selected,
        indicators: Object.fromEntries(ids.map((id) => [id, v?.raw[id] ?? null])),
      };
    });
    const v = latest.get(code)!;
    return {
      code,
      name: v.name,
      kecamatan: v.kecamatan,
      kecamatanName: v.kecamatanName,
      years,
      lociYears: years.filter((y) => y.selected === true).length,
    };
  });
}

function trendSeries(
  sorted: readonly ResultRecord[],
  comparisons: readonly YearComparison[],
  target: Trend['target'],
  lang: 'id' | 'en',
): TrendSeries[] {
  const id = lang === 'id';
  const series: TrendSeries[] = [
    {
      id: 'loci',
      label: id ? 'Jumlah lokus' : 'Number of loci',
      unit: null,
      values: sorted.map((r) => r.villages.filter((v) => v.selected).length),
    },
    {
      id: 'graduates',
      label: id ? 'Desa/kelurahan lulus' : 'Graduates',
      unit: null,
      values: [
        null,
        ...comparisons.map((c) => c.left.filter((x) => x.cause === 'need-fell').length),
      ],
    },
  ];
  if (target !== null) {
    series.push({
      id: 'target-district',
      label: id ? `${target.label} (kabupaten)` : `${target.label} (district)`,
      unit: target.unit,
      values: target.inDistrict,
    });
    series.push({
      id: 'target-loci',
      label: id ? `${target.label} (di lokus)` : `${target.label} (in loci)`,
      unit: target.unit,
      values: target.inLoci,
    });
  }
  return series;
}
