import { medianOfPresent } from '../impute/medianOfPresent.ts';
import type { NotSelectedReason, ScenarioResult, SelectedReason } from '../result.ts';
import type { AggregateMethod, SelectSpec } from '../scenario/types.ts';
import { groupResult } from '../scope/groupResult.ts';
import { formatNumber } from '../select/formatNumber.ts';
import { REASON_LABELS } from '../select/reasonLabels.ts';
import type { Direction, Label, VillageKind } from '../types.ts';
import {
  type ContributionModel,
  type ContributionScale,
  contributionModel,
} from './contributionModel.ts';
import { scoreScale } from './scoreScale.ts';

/** One indicator of one village, from raw value to contribution. */
export interface IndicatorExplanation {
  readonly id: string;
  readonly label: Label;
  readonly unit: string;
  readonly direction: Direction;
  /** Value after denominators, before imputation (`NaN` = missing). */
  readonly raw: number;
  readonly imputed: boolean;
  /** Value after outlier treatment. */
  readonly treated: number;
  /** Oriented normalised value (higher = more need). */
  readonly normalised: number;
  /** Weight, rescaled so that the scenario's weights sum to 1. */
  readonly weight: number;
  /** Contribution on the method's scale (see `VillageExplanation.scale`). */
  readonly contribution: number;
  /** Average contribution of this indicator over the district's ranked villages. */
  readonly average: number;
  /** District median of the raw value (after denominators), over villages that have one. */
  readonly median: number;
  /** `contribution − average`: positive when the indicator lifts the village above the average. */
  readonly relative: number;
  /** Alkire–Foster only: whether the village is deprived in this indicator. */
  readonly deprived?: boolean;
}

/** Why one village got its rank and its selection decision. */
export interface VillageExplanation {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly kind: VillageKind;
  readonly kecamatan: string;
  readonly kecamatanName: string;
  readonly method: AggregateMethod;
  /** What the contributions add up to (`total`). */
  readonly scale: ContributionScale;
  /** How the contributions are defined for this method. */
  readonly methodNote: Label;
  readonly score: number;
  /** Sum of the contributions: the score, ln(score), 1, 1 − S, … depending on `scale`. */
  readonly total: number;
  /** Every indicator, in scenario order. */
  readonly indicators: readonly IndicatorExplanation[];
  /** The indicators with the largest positive `relative`, largest first. */
  readonly drivers: readonly IndicatorExplanation[];
  readonly rank: number;
  /** Number of ranked villages in the district. */
  readonly rankedCount: number;
  readonly rankInKecamatan: number;
  /** Number of ranked villages in the village's kecamatan. */
  readonly rankedInKecamatan: number;
  readonly selected: boolean;
  readonly reason: SelectedReason | NotSelectedReason;
  /** The selection stage's sentence (English). */
  readonly detail: string;
  /** A plain-text paragraph for a report, in Indonesian and English. */
  readonly paragraph: Label;
  /** `paragraph` in the requested locale. */
  readonly text: string;
}

/** Options of {@link explainVillage}. */
export interface ExplainOptions {
  /** How many drivers to list (default 3). */
  readonly top?: number;
  /** Locale of `text` (default `id`). */
  readonly locale?: 'id' | 'en';
}

const SELECTED = new Set<string>([
  'forced-include',
  'carry-over',
  'quota-minimum',
  'rank',
  'threshold',
]);

/**
 * Explains one village of a result: for each indicator its raw, imputed, treated and normalised
 * value, weight and contribution to the score; the top drivers; its rank overall and in its
 * kecamatan; the selection decision; and a plain-text paragraph in Indonesian and English an
 * analyst can paste into a report: no method names, the score with its scale, and for each
 * driver the village's value with its unit against the district median, and the points it adds
 * to the score (for the arithmetic mean, whose contributions are points of the score).
 *
 * In a result ranked within each kabupaten or province (`stages.scope`), the village is explained
 * within its own group (averages, medians, ranked counts and weights of its group's run,
 * `groupResult`); `index` stays the row of the whole table.
 *
 * Contributions, by method (the `methodNote` says the same in words):
 * - arithmetic: w_j·x_ij with the weights rescaled over the indicators present; they add up to the
 *   score exactly (up to floating-point rounding);
 * - geometric: w_j·ln(x_ij) on the log scale, adding up to ln(score) (values ≤ 0 use the same
 *   floor as the aggregation);
 * - TOPSIS: each indicator's share of the squared distance to the anti-ideal point (adds up to 1);
 * - VIKOR: w_j × closeness to the neediest value, adding up to 1 − S (group utility);
 * - Alkire–Foster: w_j where the village is deprived, else 0, adding up to the deprivation score;
 * - Copeland: w_j × share of other villages beaten on indicator j (ties half).
 * Drivers (COINr's "what makes a unit stand out" view): the indicators whose contribution exceeds
 * the district average contribution (over ranked villages) the most.
 *
 * Complexity: O(n·m) for n villages and m indicators on the first call for a result (district
 * averages, then cached per result object), O(m) for further villages of the same result.
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40, rtlh: 12 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10, rtlh: 30 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25, rtlh: 5 } },
 * ]);
 * const ind = (id, unit) => ({ id, label: { id, en: id }, unit, kind: 'count', direction: 'higher-is-worse' });
 * const result = runScenario(table, {
 *   name: 'A', indicators: [ind('d1', 'KK'), ind('rtlh', 'unit')], select: { mode: 'top-n', n: 1 },
 * });
 * const e = explainVillage(result, 0);
 * e.indicators.map((d) => d.contribution); // => [50, 14.000000000000002] (sum = score 64)
 * e.drivers.map((d) => d.id); // => ['d1']
 * e.text; // => 'Desa Sukamaju (Kec. Kaliwungu, 33.21.01.2001) berada di peringkat 1 dari 3 desa/kelurahan yang diperingkat dan peringkat 1 dari 2 di kecamatannya, dengan skor 64 dari skala 0–100 (makin tinggi makin prioritas). Yang paling menaikkan skornya dibanding desa/kelurahan lain: d1 40 KK, di atas median kabupaten 25 KK (menyumbang 50 poin skor; rata-rata kabupaten 25 poin). Terpilih sebagai lokus: peringkatnya masuk batas pemilihan (1 lokus teratas).'
 */
export function explainVillage(
  result: ScenarioResult,
  index: number,
  options: ExplainOptions = {},
): VillageExplanation {
  // Ranked within each kabupaten or province: explain the village within its own group's run.
  const own = groupResult(result, index);
  if (own !== null) return { ...explainVillage(own.result, own.index, options), index };
  const { top = 3, locale = 'id' } = options;
  const model = modelOf(result);
  const stages = result.stages!;
  const { table } = result;
  const n = table.length;
  if (!Number.isInteger(index) || index < 0 || index >= n) {
    throw new Error(`explainVillage requires an index in [0, ${n - 1}] (got ${index})`);
  }
  const { ids, weights } = model;
  const m = ids.length;
  const { rank, rankInKecamatan } = stages.ranked;

  const { average, median, rankedCount, rankedByKecamatan } = districtSummary(result, model);
  const kec = table.kecamatan[index]!;
  const rankedInKecamatan = rankedByKecamatan.get(kec) ?? 0;
  const buffer = new Float64Array(m);
  model.at(index, buffer);

  let total = 0;
  const indicators: IndicatorExplanation[] = ids.map((id, j) => {
    const meta = result.scenario.indicators.find((ind) => ind.id === id);
    const contribution = buffer[j]!;
    total += contribution;
    const averageJ = average[j]!;
    const entry: IndicatorExplanation = {
      id,
      label: meta?.label ?? { id, en: id },
      unit: meta?.unit ?? '',
      direction: meta?.direction ?? 'higher-is-worse',
      raw: stages.raw[id]?.[index] ?? Number.NaN,
      imputed: stages.imputed[id]?.imputed[index] === 1,
      treated: stages.treated[id]?.values[index] ?? Number.NaN,
      normalised: stages.normalised[id]?.[index] ?? Number.NaN,
      weight: weights[j]!,
      contribution,
      average: averageJ,
      median: median[j]!,
      relative: contribution - averageJ,
    };
    return model.method === 'alkire-foster'
      ? { ...entry, deprived: model.deprived(index, j) }
      : entry;
  });
  const drivers = indicators
    .map((e, j) => ({ e, j }))
    .filter(({ e }) => e.relative > 0)
    .sort((a, b) => b.e.relative - a.e.relative || a.j - b.j)
    .slice(0, Math.max(0, top))
    .map(({ e }) => e);

  const reason = stages.selected.reason[index]!;
  const detail = stages.selected.detail[index] ?? '';
  const explanation = {
    index,
    code: table.code[index]!,
    name: table.name[index] ?? '',
    kind: table.kind[index]!,
    kecamatan: kec,
    kecamatanName: table.kecamatanName[index] ?? '',
    method: model.method,
    scale: model.scale,
    methodNote: model.note,
    score: stages.aggregated.score[index]!,
    total,
    indicators,
    drivers,
    rank: rank[index]!,
    rankedCount,
    rankInKecamatan: rankInKecamatan[index]!,
    rankedInKecamatan,
    selected: SELECTED.has(reason),
    reason,
    detail,
  };
  const cutoffId = cutoffIndonesian(result.scenario.select);
  const scale = scoreScale(result.scenario);
  const paragraph: Label = {
    id: paragraphText(explanation, 'id', cutoffId, scale),
    en: paragraphText(explanation, 'en', cutoffId, scale),
  };
  return { ...explanation, paragraph, text: paragraph[locale] };
}

interface DistrictSummary {
  readonly model: ContributionModel;
  /** Average contribution of each indicator over ranked villages. */
  readonly average: Float64Array;
  /** District median of each indicator's raw value. */
  readonly median: Float64Array;
  readonly rankedCount: number;
  readonly rankedByKecamatan: ReadonlyMap<string, number>;
}

/**
 * Per-result model and district averages, computed once per result object (O(n·m)) so that
 * explaining every village of a district costs O(n·m) in all, not O(n²·m). The cache is keyed
 * weakly by the result and never changes what is returned.
 */
const summaries = new WeakMap<ScenarioResult, DistrictSummary>();

function modelOf(result: ScenarioResult): ContributionModel {
  return summaries.get(result)?.model ?? contributionModel(result, 'explainVillage');
}

function districtSummary(result: ScenarioResult, model: ContributionModel): DistrictSummary {
  const cached = summaries.get(result);
  if (cached !== undefined) return cached;
  const { table } = result;
  const rank = result.stages!.ranked.rank;
  const m = model.ids.length;
  const sum = new Float64Array(m);
  const count = new Float64Array(m);
  const buffer = new Float64Array(m);
  const rankedByKecamatan = new Map<string, number>();
  let rankedCount = 0;
  for (let i = 0; i < table.length; i++) {
    if (Number.isNaN(rank[i]!)) continue;
    rankedCount++;
    const kec = table.kecamatan[i]!;
    rankedByKecamatan.set(kec, (rankedByKecamatan.get(kec) ?? 0) + 1);
    model.at(i, buffer);
    for (let j = 0; j < m; j++) {
      const c = buffer[j]!;
      if (!Number.isNaN(c)) {
        sum[j]! += c;
        count[j]!++;
      }
    }
  }
  const average = Float64Array.from(sum, (x, j) => (count[j]! > 0 ? x / count[j]! : Number.NaN));
  const raw = result.stages!.raw;
  const median = Float64Array.from(model.ids, (id) =>
    raw[id] === undefined ? Number.NaN : medianOfPresent(raw[id]!),
  );
  const summary = { model, average, median, rankedCount, rankedByKecamatan };
  summaries.set(result, summary);
  return summary;
}

type Draft = Omit<VillageExplanation, 'paragraph' | 'text'>;

/** The selection cutoff in Indonesian, from the scenario's selection rule. */
function cutoffIndonesian(select: SelectSpec): string {
  if (select.mode === 'top-n') return `${select.n ?? 0} lokus teratas`;
  if (select.mode === 'top-percent') return `${formatNumber(select.percent ?? 0, 'id')}% teratas`;
  return `skor ≥ ${formatNumber(select.threshold ?? Number.NaN, 'id')}`;
}

/** A value with its unit as people write it: `12,5%`, `40 KK`, `0,52` (no unit for indices). */
function withUnit(x: string, unit: string): string {
  if (unit === '' || /^(indeks|index)\b/i.test(unit)) return x;
  return unit === '%' || unit === '‰' ? `${x}${unit}` : `${x} ${unit}`;
}

/** One driver: its value against the district median, and its points of the score. */
function driverText(d: IndicatorExplanation, e: Draft, locale: 'id' | 'en'): string {
  const num = (x: number): string => formatNumber(x, locale, 2);
  const id = locale === 'id';
  const parts = [`${d.label[locale]} ${withUnit(num(d.raw), d.unit)}`];
  if (Number.isFinite(d.median) && Number.isFinite(d.raw) && d.raw !== d.median) {
    const side = d.raw > d.median ? (id ? 'di atas' : 'above') : id ? 'di bawah' : 'below';
    const median = withUnit(num(d.median), d.unit);
    parts.push(
      id ? `${side} median kabupaten ${median}` : `${side} the district median of ${median}`,
    );
  }
  let text = parts.join(', ');
  if (e.scale === 'score') {
    text += id
      ? ` (menyumbang ${num(d.contribution)} poin skor; rata-rata kabupaten ${num(d.average)} poin)`
      : ` (${num(d.contribution)} points of the score; district average ${num(d.average)} points)`;
  }
  return text;
}

/** `64 dari skala 0–100` / `64 on a 0–100 scale`, or just the score where there is no scale. */
function scoreText(e: Draft, locale: 'id' | 'en', scale: readonly [number, number] | null): string {
  const score = formatNumber(e.score, locale, 2);
  if (scale === null) return score;
  const range = `${formatNumber(scale[0], locale)}–${formatNumber(scale[1], locale)}`;
  return locale === 'id' ? `${score} dari skala ${range}` : `${score} on a ${range} scale`;
}

/** The report paragraph, plain text, in one language, without method names. */
function paragraphText(
  e: Draft,
  locale: 'id' | 'en',
  cutoffId: string,
  scale: readonly [number, number] | null,
): string {
  const kindWord = e.kind === 'desa' ? 'Desa' : 'Kelurahan';
  const name = e.name === '' ? e.code : e.name;
  const kecName = e.kecamatanName === '' ? e.kecamatan : e.kecamatanName;
  const who = `${kindWord} ${name} (Kec. ${kecName}, ${e.code})`;
  const drivers = e.drivers.map((d) => driverText(d, e, locale)).join('; ');
  const forcedText = e.detail.replace(/^Forced (in|out): /, '');
  const score = scoreText(e, locale, scale);
  const sentences: string[] = [];
  if (locale === 'id') {
    sentences.push(
      Number.isNaN(e.rank)
        ? `${who} tidak diperingkat karena skornya tidak dapat dihitung.`
        : `${who} berada di peringkat ${e.rank} dari ${e.rankedCount} desa/kelurahan yang diperingkat dan peringkat ${e.rankInKecamatan} dari ${e.rankedInKecamatan} di kecamatannya, dengan skor ${score} (makin tinggi makin prioritas).`,
    );
    if (drivers !== '') {
      sentences.push(`Yang paling menaikkan skornya dibanding desa/kelurahan lain: ${drivers}.`);
    }
    let why = REASON_LABELS[e.reason].id;
    if (e.reason === 'forced-include' || e.reason === 'forced-exclude') why += `: ${forcedText}`;
    if (e.reason === 'rank' || e.reason === 'below-cutoff' || e.reason === 'threshold') {
      why += ` (${cutoffId})`;
    }
    sentences.push(
      `${e.selected ? 'Terpilih sebagai lokus' : 'Tidak terpilih sebagai lokus'}: ${why}.`,
    );
  } else {
    sentences.push(
      Number.isNaN(e.rank)
        ? `${who} is not ranked: its score could not be computed.`
        : `${who} is ranked ${e.rank} of ${e.rankedCount} ranked villages and ${e.rankInKecamatan} of ${e.rankedInKecamatan} in its kecamatan, with a score of ${score} (higher means higher priority).`,
    );
    if (drivers !== '') {
      sentences.push(`What raises its score most compared with other villages: ${drivers}.`);
    }
    sentences.push(
      `${e.selected ? 'Selected as a locus' : 'Not selected as a locus'}: ${e.detail}.`,
    );
  }
  return sentences.join(' ').replace(/\.\./g, '.');
}
