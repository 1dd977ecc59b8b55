import type { ScenarioResult, Stages } from '../result.ts';
import type { AggregateMethod } from '../scenario/types.ts';
import type { Label } from '../types.ts';

/**
 * What the per-indicator contributions add up to, by aggregation method:
 * - `score`: the score itself (arithmetic mean);
 * - `log-score`: the natural log of the score (geometric mean);
 * - `squared-distance-share`: 1, shares of the squared distance to the anti-ideal (TOPSIS), or 0
 *   for a village at the anti-ideal point;
 * - `group-utility`: 1 − S, VIKOR's group utility (higher = nearer the neediest values);
 * - `deprivation-score`: the weighted deprivation count c_i, which is the score (Alkire–Foster);
 * - `pairwise-share`: a weighted share of villages beaten indicator by indicator (Copeland);
 * - `net-flow`: the PROMETHEE II net flow φ = Σ_j w_j φ_j, split exactly by indicator.
 */
export type ContributionScale =
  | 'score'
  | 'log-score'
  | 'squared-distance-share'
  | 'group-utility'
  | 'deprivation-score'
  | 'pairwise-share'
  | 'net-flow';

/** Per-indicator contributions of one result, method by method. Internal to explain and compare. */
export interface ContributionModel {
  readonly method: AggregateMethod;
  readonly scale: ContributionScale;
  readonly note: Label;
  /** Indicator ids in scenario order. */
  readonly ids: readonly string[];
  /** Weights over `ids`, rescaled to sum to 1 (as every aggregation method does). */
  readonly weights: Float64Array;
  /** Writes the contributions of village `i` into `out` (length = ids.length). */
  readonly at: (i: number, out: Float64Array) => void;
  /** 1 where village `i` is deprived in indicator j (Alkire–Foster only, else all 0). */
  readonly deprived: (i: number, j: number) => boolean;
}

const NOTES: Record<AggregateMethod, Label> = {
  arithmetic: {
    en: 'Arithmetic mean: each contribution is the weight times the normalised value (weights rescaled over the indicators present); contributions add up to the score.',
    id: 'Rata-rata aritmetika: kontribusi = bobot × nilai ternormalisasi (bobot disesuaikan bila ada data kosong); jumlah kontribusi sama dengan skor.',
  },
  geometric: {
    en: 'Geometric mean, on the log scale: each contribution is the weight times ln(normalised value); contributions add up to ln(score), not to the score.',
    id: 'Rata-rata geometrik, pada skala logaritma: kontribusi = bobot × ln(nilai ternormalisasi); jumlahnya sama dengan ln(skor), bukan skor.',
  },
  topsis: {
    en: "TOPSIS: each contribution is the indicator's share of the village's squared distance from the anti-ideal (least needy) point; shares add up to 1. The score also depends on the distance to the ideal.",
    id: 'TOPSIS: kontribusi = porsi indikator dalam kuadrat jarak desa dari titik anti-ideal (paling tidak membutuhkan); jumlahnya 1. Skor juga bergantung pada jarak ke titik ideal.',
  },
  vikor: {
    en: "VIKOR: each contribution is the weight times the village's closeness to the neediest value of the indicator; they add up to 1 − S (group utility). The score also weighs the largest single gap R.",
    id: 'VIKOR: kontribusi = bobot × kedekatan desa dengan nilai paling membutuhkan pada indikator itu; jumlahnya 1 − S (utilitas kelompok). Skor juga memperhitungkan selisih terbesar R.',
  },
  'alkire-foster': {
    en: 'Alkire–Foster: an indicator contributes its weight when the village is deprived in it (worse than the cutoff), else 0; contributions add up to the deprivation score.',
    id: 'Alkire–Foster: indikator menyumbang bobotnya bila desa tergolong deprivasi (lebih buruk dari batas), selain itu 0; jumlahnya sama dengan skor deprivasi.',
  },
  copeland: {
    en: 'Copeland: each contribution is the weight times the share of other villages this village beats on that indicator (ties count half); a per-indicator view of the pairwise contests, not an exact split of wins − losses.',
    id: 'Copeland: kontribusi = bobot × porsi desa lain yang dikalahkan pada indikator itu (seri dihitung setengah); gambaran per indikator dari perbandingan berpasangan, bukan pembagian persis dari menang − kalah.',
  },
  'promethee-ii': {
    en: "PROMETHEE II: each contribution is the weight times the indicator's net flow (how much the village is preferred to the others on it, minus how much they are preferred to it); contributions add up to the score.",
    id: 'PROMETHEE II: kontribusi = bobot × arus bersih indikator (seberapa desa lebih diutamakan daripada desa lain pada indikator itu, dikurangi sebaliknya); jumlah kontribusi sama dengan skor.',
  },
};

const SCALES: Record<AggregateMethod, ContributionScale> = {
  arithmetic: 'score',
  geometric: 'log-score',
  topsis: 'squared-distance-share',
  vikor: 'group-utility',
  'alkire-foster': 'deprivation-score',
  copeland: 'pairwise-share',
  'promethee-ii': 'net-flow',
};

/** Geometric mean floor for values ≤ 0: this share of the indicator's range (as `geometricMean`). */
const GEOMETRIC_EPSILON_SHARE = 1e-3;

function extent(x: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Builds the contribution model of a result: per-indicator statistics are computed once in
 * O(n·m) (O(n log n·m) for Copeland), then `at(i)` costs O(m) (O(m log n) for Copeland).
 * Reproduces the aggregation methods of `aggregate` (same columns, weights, floors and scales).
 */
export function contributionModel(result: ScenarioResult, fn: string): ContributionModel {
  const stages: Stages | null = result.stages;
  if (stages === null) throw new Error(`${fn} requires a result with stages (ok = true)`);
  const method = stages.aggregated.method;
  const ids = result.indicators;
  const m = ids.length;
  const weights = new Float64Array(m);
  let wsum = 0;
  for (let j = 0; j < m; j++) {
    const w = stages.weights.weights[ids[j]!] ?? 0;
    weights[j] = w;
    wsum += w;
  }
  if (wsum > 0) for (let j = 0; j < m; j++) weights[j] = weights[j]! / wsum;
  const direction = ids.map(
    (id) => result.scenario.indicators.find((ind) => ind.id === id)?.direction,
  );
  const benefit = direction.map((d) => d !== 'higher-is-better');
  const normalised = ids.map(
    (id) => stages.normalised[id] ?? new Float64Array(result.table.length),
  );
  const treated = ids.map(
    (id) => stages.treated[id]?.values ?? new Float64Array(result.table.length),
  );
  const noDeprivation = (): boolean => false;

  /** Rescales `out` (weighted terms) by the weight of the indicators present. */
  const presentWeight = (cols: readonly Float64Array[], i: number): number => {
    let p = 0;
    for (let j = 0; j < m; j++) if (!Number.isNaN(cols[j]![i]!)) p += weights[j]!;
    return p;
  };

  const base = { method, scale: SCALES[method], note: NOTES[method], ids, weights };
  switch (method) {
    case 'arithmetic':
      return {
        ...base,
        deprived: noDeprivation,
        at(i, out) {
          const p = presentWeight(normalised, i);
          for (let j = 0; j < m; j++) {
            const v = normalised[j]![i]!;
            out[j] = Number.isNaN(v) || !(p > 0) ? Number.NaN : (weights[j]! * v) / p;
          }
        },
      };
    case 'geometric': {
      const logEps = normalised.map((x) => {
        const [lo, hi] = extent(x);
        return Math.log(hi > lo ? GEOMETRIC_EPSILON_SHARE * (hi - lo) : GEOMETRIC_EPSILON_SHARE);
      });
      return {
        ...base,
        deprived: noDeprivation,
        at(i, out) {
          let p = 0;
          for (let j = 0; j < m; j++) {
            if (weights[j]! > 0 && !Number.isNaN(normalised[j]![i]!)) p += weights[j]!;
          }
          for (let j = 0; j < m; j++) {
            const v = normalised[j]![i]!;
            const lv = v > 0 ? Math.log(v) : logEps[j]!;
            out[j] = Number.isNaN(v) || !(p > 0) ? Number.NaN : (weights[j]! * lv) / p;
          }
        },
      };
    }
    case 'topsis': {
      const scale = new Float64Array(m);
      const worst = new Float64Array(m);
      for (let j = 0; j < m; j++) {
        const x = treated[j]!;
        let ss = 0;
        for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) ss += x[i]! * x[i]!;
        const [lo, hi] = extent(x);
        scale[j] = ss > 0 ? weights[j]! / Math.sqrt(ss) : 0;
        worst[j] = (benefit[j] ? lo : hi) * scale[j]!;
      }
      return {
        ...base,
        deprived: noDeprivation,
        at(i, out) {
          let total = 0;
          for (let j = 0; j < m; j++) {
            const v = treated[j]![i]!;
            const d = Number.isNaN(v) ? 0 : v * scale[j]! - worst[j]!;
            out[j] = Number.isNaN(v) ? Number.NaN : d * d;
            total += d * d;
          }
          // At the anti-ideal point there is no distance to split: every share is 0.
          for (let j = 0; j < m; j++) out[j] = total > 0 ? out[j]! / total : out[j]! * 0;
        },
      };
    }
    case 'vikor': {
      const bounds = treated.map(extent);
      return {
        ...base,
        deprived: noDeprivation,
        at(i, out) {
          const p = presentWeight(treated, i);
          for (let j = 0; j < m; j++) {
            const f = treated[j]![i]!;
            const [lo, hi] = bounds[j]!;
            const closeness = hi > lo ? (benefit[j] ? f - lo : hi - f) / (hi - lo) : 1;
            out[j] = Number.isNaN(f) || !(p > 0) ? Number.NaN : (weights[j]! * closeness) / p;
          }
        },
      };
    }
    case 'alkire-foster': {
      const cutoff = ids.map(
        (id) => result.scenario.indicators.find((ind) => ind.id === id)?.cutoff ?? Number.NaN,
      );
      const isDeprived = (i: number, j: number): boolean => {
        const v = treated[j]![i]!;
        return benefit[j] ? v > cutoff[j]! : v < cutoff[j]!;
      };
      return {
        ...base,
        deprived: isDeprived,
        at(i, out) {
          const p = presentWeight(treated, i);
          for (let j = 0; j < m; j++) {
            const v = treated[j]![i]!;
            out[j] =
              Number.isNaN(v) || !(p > 0) ? Number.NaN : isDeprived(i, j) ? weights[j]! / p : 0;
          }
        },
      };
    }
    case 'copeland': {
      const sorted = normalised.map((x) => x.filter((v) => !Number.isNaN(v)).sort());
      return {
        ...base,
        deprived: noDeprivation,
        at(i, out) {
          for (let j = 0; j < m; j++) {
            const v = normalised[j]![i]!;
            const s = sorted[j]!;
            if (Number.isNaN(v) || s.length < 2) {
              out[j] = Number.NaN;
              continue;
            }
            const below = lowerBound(s, v);
            const equal = lowerBound(s, v, true) - below - 1;
            out[j] = (weights[j]! * (below + equal / 2)) / (s.length - 1);
          }
        },
      };
    }
    case 'promethee-ii': {
      const nets = ids.map((id) => stages.aggregated.details[`net:${id}`]);
      return {
        ...base,
        deprived: noDeprivation,
        at(i, out) {
          for (let j = 0; j < m; j++) out[j] = weights[j]! * (nets[j]?.[i] ?? Number.NaN);
        },
      };
    }
    default:
      throw new Error(`${fn} requires a known aggregation method, got "${String(method)}"`);
  }
}

/** First index with s[k] ≥ v (or > v when `strict`), by binary search. */
function lowerBound(s: Float64Array, v: number, strict = false): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? s[mid]! <= v : s[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
