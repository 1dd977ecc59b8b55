import { formatNumber } from '../select/formatNumber.ts';
import type { Label } from '../types.ts';
import type { ChoiceLevel, RobustnessResult } from './types.ts';

/** A choice level with the probability of selection among the draws that took it. */
export interface LevelProbability extends ChoiceLevel {
  readonly draws: number;
  readonly probability: number;
}

/** Why a village is borderline: its figures and a sentence in Bahasa Indonesia and English. */
export interface BorderlineReason {
  /** Row of the village in the table. */
  readonly index: number;
  readonly code: string;
  /** A locus in the scenario's own run. */
  readonly baseLocus: boolean;
  readonly probability: number;
  readonly rank: { readonly median: number; readonly low: number; readonly high: number } | null;
  /** Normalisations and aggregations whose probabilities differ by at least `spread`. */
  readonly methods: readonly LevelProbability[];
  /** Indicators whose removal takes the village out of the loci (base locus) or into them. */
  readonly indicators: readonly string[];
  readonly text: Label;
}

/** Options of {@link borderlineReasons}. */
export interface BorderlineReasonsOptions {
  /** Labels of the indicators by id, for the sentences (default: the ids). */
  readonly labels?: Readonly<Record<string, Label>>;
  /** Smallest difference of probability between two methods worth a sentence (default 0.2). */
  readonly spread?: number;
}

const pct = (p: number): string => `${Math.round(p * 100)}%`;

/**
 * Explains the borderline villages of a robustness analysis (those flagged `borderline`), most
 * probable first (then by village code), for the decree annex ("desa borderline dan alasannya")
 * and the village panel. For each: its probability, its rank interval, the methods under which
 * its chance differs by at least `spread` (the probability among the draws that took each
 * normalisation or aggregation), and the indicators whose removal alone moves it
 * (`leaveOneOut`). When neither explains it, the sentence says that it sits near the cutoff and
 * moves with the weights. O(borderline villages × (levels + indicators)).
 *
 * @example
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 1, b: 5 } },
 *   { code: '99.01.01.2002', values: { a: 4, b: 2 } },
 *   { code: '99.01.02.2001', values: { a: 3, b: 3 } },
 * ]);
 * const ind = (id: string) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
 * const scenario = {
 *   name: 'two indicators',
 *   indicators: [ind('a'), ind('b')],
 *   select: { mode: 'top-n', n: 1 },
 *   robustness: { draws: 100, weights: { factor: 0.5 } },
 * } as const;
 * const { result } = analyseRobustness(table, scenario);
 * const reasons = borderlineReasons(result!);
 * reasons.map((r) => r.code); // => ['99.01.01.2002', '99.01.01.2001']
 * reasons[0]?.text.en;
 * // => 'Selected in 51% of draws (median rank 1; 5th–95th percentile 1–3). Enters the loci when any one of these indicators is left out: b.'
 */
export function borderlineReasons(
  result: RobustnessResult,
  options: BorderlineReasonsOptions = {},
): BorderlineReason[] {
  const { labels = {}, spread = 0.2 } = options;
  const out: BorderlineReason[] = [];
  result.flag.forEach((flag, i) => {
    if (flag !== 'borderline') return;
    const code = result.codes[i]!;
    const baseLocus = result.base.selected[i] === 1;
    const methods = methodLevels(result, i, spread);
    const indicators = result.leaveOneOut
      .filter((e) => (baseLocus ? e.left : e.entered).includes(code))
      .map((e) => e.indicator);
    const rank =
      result.rank === null
        ? null
        : { median: result.rank.median[i]!, low: result.rank.low[i]!, high: result.rank.high[i]! };
    const probability = result.probability[i]!;
    const facts = { probability, rank, methods, indicators, baseLocus };
    out.push({
      index: i,
      code,
      ...facts,
      text: { id: sentence(facts, labels, 'id'), en: sentence(facts, labels, 'en') },
    });
  });
  return out.sort((a, b) => b.probability - a.probability || (a.code < b.code ? -1 : 1));
}

/** Levels of the normalise and aggregate choices, kept when their probabilities spread enough. */
function methodLevels(result: RobustnessResult, i: number, spread: number): LevelProbability[] {
  const { levels, draws, selected } = result.byChoice;
  const L = levels.length;
  const kept: LevelProbability[] = [];
  for (const factor of ['normalise', 'aggregate'] as const) {
    const group: LevelProbability[] = [];
    levels.forEach((level, l) => {
      if (level.factor !== factor || draws[l] === 0) return;
      group.push({ ...level, draws: draws[l]!, probability: selected[i * L + l]! / draws[l]! });
    });
    const ps = group.map((g) => g.probability);
    if (group.length > 1 && Math.max(...ps) - Math.min(...ps) >= spread) kept.push(...group);
  }
  return kept;
}

interface Facts {
  readonly probability: number;
  readonly rank: BorderlineReason['rank'];
  readonly methods: readonly LevelProbability[];
  readonly indicators: readonly string[];
  readonly baseLocus: boolean;
}

const WORDS = {
  en: {
    selected: (p: string) => `Selected in ${p} of draws`,
    rank: (m: string, lo: string, hi: string) =>
      ` (median rank ${m}; 5th–95th percentile ${lo}–${hi})`,
    normalise: 'Normalisation',
    aggregate: 'Aggregation',
    with: 'with',
    leaves: 'Leaves the loci when any one of these indicators is left out:',
    enters: 'Enters the loci when any one of these indicators is left out:',
    weights:
      'No single method choice explains it: it sits near the cutoff and moves with the weights.',
  },
  id: {
    selected: (p: string) => `Terpilih pada ${p} simulasi`,
    rank: (m: string, lo: string, hi: string) =>
      ` (peringkat median ${m}; persentil ke-5–95: ${lo}–${hi})`,
    normalise: 'Normalisasi',
    aggregate: 'Agregasi',
    with: 'dengan',
    leaves: 'Keluar dari lokus bila salah satu indikator ini dihapus:',
    enters: 'Masuk lokus bila salah satu indikator ini dihapus:',
    weights:
      'Tidak ada satu pilihan metode yang menjelaskannya: desa ini dekat batas pemilihan dan berubah mengikuti bobot.',
  },
} as const;

function sentence(f: Facts, labels: Readonly<Record<string, Label>>, locale: 'id' | 'en'): string {
  const w = WORDS[locale];
  const num = (x: number): string => formatNumber(x, locale, 1);
  const parts: string[] = [
    w.selected(pct(f.probability)) +
      (f.rank === null || Number.isNaN(f.rank.median)
        ? ''
        : w.rank(num(f.rank.median), num(f.rank.low), num(f.rank.high))) +
      '.',
  ];
  for (const factor of ['normalise', 'aggregate'] as const) {
    const group = f.methods.filter((m) => m.factor === factor);
    if (group.length === 0) continue;
    const list = group.map((m) => `${pct(m.probability)} ${w.with} ${m.value}`).join(', ');
    parts.push(`${w[factor]}: ${list}.`);
  }
  if (f.indicators.length > 0) {
    const names = f.indicators.map((id) => labels[id]?.[locale] ?? id).join(', ');
    parts.push(`${f.baseLocus ? w.leaves : w.enters} ${names}.`);
  }
  if (f.methods.length === 0 && f.indicators.length === 0) parts.push(w.weights);
  return parts.join(' ');
}
