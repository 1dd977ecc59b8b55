/**
 * Every word of the scenario format, once: the method lists, the selection modes, the policies
 * and the defaults. The TypeScript types (`NormaliseMethod`, …), the JSON Schema's enums and
 * defaults, `resolveScenario` and the viewer's option lists all derive from these constants.
 * @module
 */
import type { Label } from '../types.ts';
import type { ResolvedScenario } from './types.ts';

/**
 * Outlier treatments. `coinr`: COINr's rule (skew/kurtosis test, winsorise, else log).
 *
 * @example
 * TREAT_METHODS; // => ['none', 'coinr', 'winsorise', 'log']
 */
export const TREAT_METHODS = ['none', 'coinr', 'winsorise', 'log'] as const;

/**
 * Normalisations; every one orients the result so that higher = more need.
 *
 * @example
 * NORMALISE_METHODS[0]; // => 'minmax'
 */
export const NORMALISE_METHODS = [
  'minmax',
  'zscore',
  'rank',
  'percentile',
  'goalposts',
  'vector',
] as const;

/**
 * How indicator weights are obtained.
 *
 * @example
 * WEIGHT_METHODS; // => ['manual', 'equal', 'nested', 'entropy', 'critic']
 */
export const WEIGHT_METHODS = ['manual', 'equal', 'nested', 'entropy', 'critic'] as const;

/**
 * How normalised indicators become one score.
 *
 * @example
 * AGGREGATE_METHODS.includes('topsis'); // => true
 */
export const AGGREGATE_METHODS = [
  'arithmetic',
  'geometric',
  'topsis',
  'vikor',
  'alkire-foster',
  'copeland',
  'promethee-ii',
] as const;

/**
 * Normalisations TOPSIS can use (`aggregate.normalise`): `vector` (its own, the default) or a
 * data-driven method of `normalise`. `goalposts` needs per-indicator bounds and is not offered.
 *
 * @example
 * TOPSIS_NORMALISATIONS; // => ['vector', 'minmax', 'zscore', 'rank', 'percentile']
 */
export const TOPSIS_NORMALISATIONS = ['vector', 'minmax', 'zscore', 'rank', 'percentile'] as const;

/**
 * PROMETHEE II preference functions (`aggregate.preference`): `usual` (type I, the default: any
 * positive difference is full preference), `v-shape` (type III: linear up to `p`) and `linear`
 * (type V: none up to `q`, linear from `q` to `p`, full beyond). Each is continuous or a step at
 * 0, which the sorted-sum method of `prometheeII` needs.
 *
 * @example
 * PREFERENCE_FUNCTIONS; // => ['usual', 'v-shape', 'linear']
 */
export const PREFERENCE_FUNCTIONS = ['usual', 'v-shape', 'linear'] as const;

/**
 * Map classification schemes (mapclassify's names in kebab case).
 *
 * @example
 * CLASSIFY_SCHEMES.length; // => 8
 */
export const CLASSIFY_SCHEMES = [
  'quantile',
  'equal-interval',
  'fisher-jenks',
  'head-tail',
  'std-mean',
  'box-plot',
  'manual',
  'idm-status',
] as const;

/**
 * Missing-value policies: `none` keeps the village but leaves it unranked.
 *
 * @example
 * MISSING_POLICIES; // => ['none', 'mean', 'median', 'kecamatan-median']
 */
export const MISSING_POLICIES = ['none', 'mean', 'median', 'kecamatan-median'] as const;

/**
 * Selection modes: the n best ranked, a share of the ranked villages, or score ≥ threshold.
 *
 * @example
 * SELECT_MODES; // => ['top-n', 'top-percent', 'threshold']
 */
export const SELECT_MODES = ['top-n', 'top-percent', 'threshold'] as const;

/**
 * Ranking scopes (`scope.by`): `all` ranks every village of the table in one pool (the default);
 * `kabupaten` and `province` rank and select within each kabupaten/kota or province of the
 * village codes, as if each were run alone.
 *
 * @example
 * SCOPES; // => ['all', 'province', 'kabupaten']
 */
export const SCOPES = ['all', 'province', 'kabupaten'] as const;

/**
 * What an indicator measures.
 *
 * @example
 * INDICATOR_KINDS; // => ['count', 'rate', 'share', 'index', 'binary']
 */
export const INDICATOR_KINDS = ['count', 'rate', 'share', 'index', 'binary'] as const;

/**
 * Indicator directions.
 *
 * @example
 * DIRECTIONS; // => ['higher-is-worse', 'higher-is-better']
 */
export const DIRECTIONS = ['higher-is-worse', 'higher-is-better'] as const;

/**
 * Kinds of village: desa (T = 2 in the code) and kelurahan (T = 1).
 *
 * @example
 * VILLAGE_KINDS; // => ['desa', 'kelurahan']
 */
export const VILLAGE_KINDS = ['desa', 'kelurahan'] as const;

/**
 * The defaults `resolveScenario` fills in, stated once; the JSON Schema's `default`s come from
 * here too.
 *
 * @example
 * scenarioDefaults.normalise; // => { method: 'minmax', range: [0, 100] }
 */
export const scenarioDefaults = {
  missing: 'none',
  treat: { method: 'none', skewMax: 2, kurtMax: 3.5, winsorMax: 5 },
  normalise: { method: 'minmax', range: [0, 100] },
  weights: { method: 'equal' },
  aggregate: { method: 'arithmetic', k: 1 / 3, v: 0.5 },
  select: { mode: 'top-percent', percent: 10 },
  classify: { scheme: 'quantile', k: 5 },
} as const satisfies Omit<ResolvedScenario, 'name' | 'description' | 'year' | 'indicators'>;

type Words<T extends readonly string[]> = Readonly<Record<T[number], Label>>;

/**
 * Each word of the vocabularies in plain Bahasa Indonesia and English, for option lists and for
 * describing a scenario to people who do not know the methods' names.
 *
 * @example
 * VOCABULARY_LABELS.weights.nested.id; // => 'bertingkat: bobot dimensi, lalu bobot indikator di dalamnya'
 */
export const VOCABULARY_LABELS: {
  readonly treat: Words<typeof TREAT_METHODS>;
  readonly normalise: Words<typeof NORMALISE_METHODS>;
  readonly weights: Words<typeof WEIGHT_METHODS>;
  readonly aggregate: Words<typeof AGGREGATE_METHODS>;
  readonly preference: Words<typeof PREFERENCE_FUNCTIONS>;
  readonly classify: Words<typeof CLASSIFY_SCHEMES>;
  readonly missing: Words<typeof MISSING_POLICIES>;
  readonly select: Words<typeof SELECT_MODES>;
  readonly scope: Words<typeof SCOPES>;
  readonly direction: Words<typeof DIRECTIONS>;
  readonly kind: Words<typeof INDICATOR_KINDS>;
} = {
  treat: {
    none: { id: 'tanpa penanganan pencilan', en: 'no outlier treatment' },
    coinr: {
      id: 'pencilan ditangani otomatis (dipangkas, atau skala log bila perlu)',
      en: 'outliers handled automatically (capped, or log scale if needed)',
    },
    winsorise: { id: 'pencilan dipangkas', en: 'outliers capped' },
    log: { id: 'skala logaritma', en: 'log scale' },
  },
  normalise: {
    minmax: {
      id: 'nilai terendah–tertinggi di kabupaten dijadikan 0–100',
      en: 'lowest to highest value in the district scaled to 0–100',
    },
    zscore: {
      id: 'jarak dari rata-rata kabupaten (dalam simpangan baku)',
      en: 'distance from the district average (in standard deviations)',
    },
    rank: { id: 'urutan di kabupaten', en: 'order within the district' },
    percentile: { id: 'persentil di kabupaten', en: 'percentile within the district' },
    goalposts: {
      id: 'jarak ke batas yang ditetapkan (goalpost)',
      en: 'position between set goalposts',
    },
    vector: {
      id: 'nilai dibagi panjang vektor kolomnya (seperti TOPSIS)',
      en: 'value divided by the length of its column vector (as in TOPSIS)',
    },
  },
  weights: {
    manual: { id: 'bobot ditetapkan sendiri', en: 'weights set by hand' },
    equal: { id: 'bobot sama untuk setiap indikator', en: 'equal weight for every indicator' },
    nested: {
      id: 'bertingkat: bobot dimensi, lalu bobot indikator di dalamnya',
      en: 'nested: dimension weights, then indicator weights within each',
    },
    entropy: {
      id: 'dari data: indikator yang lebih membedakan desa mendapat bobot lebih',
      en: 'from the data: indicators that separate villages more weigh more',
    },
    critic: {
      id: 'dari data: sebaran dan keunikan tiap indikator (CRITIC)',
      en: 'from the data: spread and distinctness of each indicator (CRITIC)',
    },
  },
  aggregate: {
    arithmetic: { id: 'jumlah nilai berbobot', en: 'weighted sum' },
    geometric: {
      id: 'perkalian berbobot (nilai rendah tidak tertutup nilai tinggi)',
      en: 'weighted product (a low value is not made up by a high one)',
    },
    topsis: {
      id: 'kedekatan ke kondisi paling membutuhkan (TOPSIS)',
      en: 'closeness to the neediest situation (TOPSIS)',
    },
    vikor: { id: 'kompromi terbaik (VIKOR)', en: 'best compromise (VIKOR)' },
    'alkire-foster': {
      id: 'jumlah kekurangan yang dialami (Alkire–Foster)',
      en: 'count of deprivations (Alkire–Foster)',
    },
    copeland: {
      id: 'perbandingan berpasangan antar desa (Copeland)',
      en: 'pairwise comparison of villages (Copeland)',
    },
    'promethee-ii': {
      id: 'seberapa sering dan seberapa jauh desa lebih membutuhkan daripada desa lain (PROMETHEE II)',
      en: 'how often and by how much a village is needier than the others (PROMETHEE II)',
    },
  },
  preference: {
    usual: {
      id: 'selisih sekecil apa pun dihitung penuh',
      en: 'any difference counts in full',
    },
    'v-shape': {
      id: 'selisih dihitung bertahap sampai ambang p',
      en: 'a difference counts gradually up to the threshold p',
    },
    linear: {
      id: 'selisih sampai q diabaikan, lalu bertahap sampai p',
      en: 'a difference up to q is ignored, then counts gradually up to p',
    },
  },
  classify: {
    quantile: { id: 'jumlah desa sama tiap kelas', en: 'same number of villages per class' },
    'equal-interval': { id: 'rentang nilai sama tiap kelas', en: 'equal value ranges' },
    'fisher-jenks': { id: 'pengelompokan alami (Jenks)', en: 'natural breaks (Jenks)' },
    'head-tail': { id: 'kepala–ekor', en: 'head/tail breaks' },
    'std-mean': { id: 'simpangan dari rata-rata', en: 'deviation from the mean' },
    'box-plot': { id: 'diagram kotak', en: 'box plot' },
    manual: { id: 'batas kelas ditetapkan sendiri', en: 'class bounds set by hand' },
    'idm-status': { id: 'status IDM', en: 'IDM status' },
  },
  missing: {
    none: {
      id: 'desa dengan data kosong tidak diperingkat',
      en: 'villages with a missing value are not ranked',
    },
    mean: { id: 'data kosong diisi rata-rata kabupaten', en: 'gaps filled with the district mean' },
    median: {
      id: 'data kosong diisi median kabupaten',
      en: 'gaps filled with the district median',
    },
    'kecamatan-median': {
      id: 'data kosong diisi median kecamatannya',
      en: 'gaps filled with the kecamatan median',
    },
  },
  select: {
    'top-n': { id: 'sejumlah desa teratas', en: 'a number of top-ranked villages' },
    'top-percent': { id: 'persentase desa teratas', en: 'a share of top-ranked villages' },
    threshold: { id: 'skor mencapai ambang batas', en: 'score reaches a threshold' },
  },
  scope: {
    all: {
      id: 'semua desa dalam tabel diperingkat bersama',
      en: 'every village of the table ranked together',
    },
    province: {
      id: 'diperingkat dan dipilih di dalam setiap provinsi',
      en: 'ranked and selected within each province',
    },
    kabupaten: {
      id: 'diperingkat dan dipilih di dalam setiap kabupaten/kota',
      en: 'ranked and selected within each kabupaten/kota',
    },
  },
  direction: {
    'higher-is-worse': {
      id: 'makin tinggi makin membutuhkan',
      en: 'higher means more need',
    },
    'higher-is-better': {
      id: 'makin tinggi makin baik (dibalik: nilai rendah diprioritaskan)',
      en: 'higher is better (reversed: low values get priority)',
    },
  },
  kind: {
    count: { id: 'jumlah', en: 'count' },
    rate: { id: 'rasio/persentase', en: 'rate' },
    share: { id: 'proporsi 0–1', en: 'share 0–1' },
    index: { id: 'indeks', en: 'index' },
    binary: { id: 'ya/tidak', en: 'yes/no' },
  },
};
