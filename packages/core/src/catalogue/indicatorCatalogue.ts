import type { Direction, IndicatorKind, Label } from '../types.ts';

/** A rate derived from a catalogue count: the count divided by a denominator, times `per`. */
export interface CatalogueRate {
  /** Indicator id of the rate in scenarios, e.g. `desil1_pct` (the column stays the count's id). */
  readonly id: string;
  readonly label: Label;
  readonly unit: string;
  /** Id of the denominator column (`kk_total` or `penduduk`). */
  readonly denominator: string;
  /** Multiplier of the ratio: 100 for percent, 1000 for per mille. */
  readonly per: number;
}

/** One indicator (or denominator) a TKPK uses, with everything needed to score it correctly. */
export interface CatalogueEntry {
  /** Column and indicator id, as in `data/sample/indicators.json` and `data/scenarios`. */
  readonly id: string;
  /** `indicator`: scored; `denominator`: divides counts into rates, never scored itself. */
  readonly role: 'indicator' | 'denominator';
  readonly label: Label;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  /** Valid range of an index or a percentage. */
  readonly range?: readonly [number, number];
  /** The rate a count usually becomes (default denominator and `per`). */
  readonly rate?: CatalogueRate;
  /** Suggested dimension for nested weights. */
  readonly dimension: string;
  /** Where districts usually get the figure. */
  readonly source: string;
  /**
   * Column headers seen in district exports, compared after {@link headerKey} (case, spaces,
   * punctuation and a trailing year do not matter).
   */
  readonly aliases: readonly string[];
}

const hh = (id: string, en: string): Label => ({ id, en });

/**
 * The village indicators a district poverty team (TKPK) uses, with their direction, unit,
 * default denominator, suggested dimension, usual source and the column headers seen in district
 * exports. One source for the viewer's column mapping, the command line's `init` and the tests;
 * ids agree with `data/sample/indicators.json` and `data/scenarios/*.yaml`.
 *
 * Directions: the IDM family is `higher-is-better` (a higher index is a more developed village,
 * Permendesa 2/2016); every count and rate of need is `higher-is-worse`.
 *
 * @example
 * INDICATOR_CATALOGUE.find((e) => e.id === 'idm')?.direction; // => 'higher-is-better'
 * INDICATOR_CATALOGUE.find((e) => e.id === 'desil1_kk')?.rate?.id; // => 'desil1_pct'
 */
export const INDICATOR_CATALOGUE = [
  {
    id: 'idm',
    role: 'indicator',
    label: hh('Indeks Desa Membangun (IDM)', 'Developing Village Index (IDM)'),
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
    dimension: 'IDM',
    source: 'Kemendesa PDTT, IDM',
    aliases: [
      'idm',
      'nilai idm',
      'skor idm',
      'indeks idm',
      'indeks desa membangun',
      'nilai indeks desa membangun',
      'developing village index',
      'village development index',
    ],
  },
  {
    id: 'iks',
    role: 'indicator',
    label: hh('Indeks Ketahanan Sosial (IKS)', 'Social Resilience Index (IKS)'),
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
    dimension: 'IKS',
    source: 'Kemendesa PDTT, IDM',
    aliases: ['iks', 'nilai iks', 'indeks ketahanan sosial', 'social resilience index'],
  },
  {
    id: 'ike',
    role: 'indicator',
    label: hh('Indeks Ketahanan Ekonomi (IKE)', 'Economic Resilience Index (IKE)'),
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
    dimension: 'IKE',
    source: 'Kemendesa PDTT, IDM',
    aliases: ['ike', 'nilai ike', 'indeks ketahanan ekonomi', 'economic resilience index'],
  },
  {
    id: 'ikl',
    role: 'indicator',
    label: hh('Indeks Ketahanan Lingkungan (IKL)', 'Environmental Resilience Index (IKL)'),
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
    dimension: 'IKL',
    source: 'Kemendesa PDTT, IDM',
    aliases: [
      'ikl',
      'nilai ikl',
      'indeks ketahanan lingkungan',
      'indeks ketahanan ekologi',
      'environmental resilience index',
    ],
  },
  {
    id: 'desil1_kk',
    role: 'indicator',
    label: hh('KK desil 1 DTSEN', 'Households in DTSEN decile 1'),
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'desil1_pct',
      label: hh('Persentase KK desil 1', 'Share of households in desil 1'),
      unit: '%',
      denominator: 'kk_total',
      per: 100,
    },
    dimension: 'DTSEN',
    source: 'DTSEN (Kemensos/BPS), data desa',
    aliases: [
      'desil 1',
      'desil1',
      'desil 1 kk',
      'kk desil 1',
      'jumlah kk desil 1',
      'jml kk desil 1',
      'jumlah keluarga desil 1',
      'keluarga desil 1',
      'rt desil 1',
      'ruta desil 1',
      'jumlah rumah tangga desil 1',
      'rumah tangga desil 1',
      'dtsen desil 1',
      'p3ke desil 1',
      'households in desil 1',
      'desil 1 households',
      'decile 1 households',
    ],
  },
  {
    id: 'desil12_kk',
    role: 'indicator',
    label: hh('KK desil 1–2 DTSEN', 'Households in DTSEN deciles 1–2'),
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'desil12_pct',
      label: hh('Persentase KK desil 1–2', 'Share of households in desil 1–2'),
      unit: '%',
      denominator: 'kk_total',
      per: 100,
    },
    dimension: 'DTSEN',
    source: 'DTSEN (Kemensos/BPS), data desa',
    aliases: [
      'desil 1 2',
      'desil12',
      'desil 12',
      'desil 1 2 kk',
      'desil 1 sd 2',
      'desil 1 s d 2',
      'kk desil 1 2',
      'jumlah kk desil 1 2',
      'jml kk desil 1 2',
      'jumlah kk desil 1 sd 2',
      'jumlah keluarga desil 1 2',
      'rt desil 1 2',
      'dtsen desil 1 2',
      'p3ke desil 1 2',
      'households in desil 1 2',
      'households in deciles 1 2',
    ],
  },
  {
    id: 'miskin_ekstrem_jiwa',
    role: 'indicator',
    label: hh('Penduduk miskin ekstrem', 'Persons in extreme poverty'),
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'miskin_ekstrem_permil',
      label: hh('Jiwa miskin ekstrem per 1.000 penduduk', 'Extreme poor per 1,000 persons'),
      unit: '‰',
      denominator: 'penduduk',
      per: 1000,
    },
    dimension: 'DTSEN',
    source: 'P3KE/DTSEN, data desa',
    aliases: [
      'miskin ekstrem',
      'miskin ekstrim',
      'penduduk miskin ekstrem',
      'penduduk miskin ekstrim',
      'jiwa miskin ekstrem',
      'jumlah penduduk miskin ekstrem',
      'jumlah jiwa miskin ekstrem',
      'jml penduduk miskin ekstrem',
      'kemiskinan ekstrem',
      'extreme poor',
      'extreme poverty',
      'persons in extreme poverty',
    ],
  },
  {
    id: 'rtlh_unit',
    role: 'indicator',
    label: hh('Rumah tidak layak huni (RTLH)', 'Uninhabitable houses'),
    unit: 'unit',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'rtlh_per100kk',
      label: hh('RTLH per 100 KK', 'Uninhabitable houses per 100 households'),
      unit: 'per 100 KK',
      denominator: 'kk_total',
      per: 100,
    },
    dimension: 'LAYANAN',
    source: 'Dinas Perkim, data RTLH',
    aliases: [
      'rtlh',
      'jumlah rtlh',
      'jml rtlh',
      'rumah tidak layak huni',
      'jumlah rumah tidak layak huni',
      'uninhabitable houses',
    ],
  },
  {
    id: 'tanpa_air_kk',
    role: 'indicator',
    label: hh('KK tanpa air minum layak', 'Households without improved drinking water'),
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'tanpa_air_pct',
      label: hh('Persentase KK tanpa air minum layak', 'Share of households without safe water'),
      unit: '%',
      denominator: 'kk_total',
      per: 100,
    },
    dimension: 'LAYANAN',
    source: 'Dinas PUPR/Dinkes, data desa',
    aliases: [
      'tanpa air',
      'tanpa air minum',
      'tanpa air minum layak',
      'kk tanpa air minum layak',
      'kk tanpa air bersih',
      'tanpa air bersih',
      'air minum tidak layak',
      'akses air minum tidak layak',
      'households without improved water',
      'households without improved drinking water',
      'no safe water',
    ],
  },
  {
    id: 'tanpa_sanitasi_kk',
    role: 'indicator',
    label: hh('KK tanpa sanitasi layak', 'Households without improved sanitation'),
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'tanpa_sanitasi_pct',
      label: hh(
        'Persentase KK tanpa sanitasi layak',
        'Share of households without improved sanitation',
      ),
      unit: '%',
      denominator: 'kk_total',
      per: 100,
    },
    dimension: 'LAYANAN',
    source: 'Dinkes (STBM), data desa',
    aliases: [
      'tanpa sanitasi',
      'tanpa sanitasi layak',
      'kk tanpa sanitasi layak',
      'kk tanpa jamban',
      'tanpa jamban',
      'sanitasi tidak layak',
      'akses sanitasi tidak layak',
      'households without improved sanitation',
      'no improved sanitation',
    ],
  },
  {
    id: 'stunting_pct',
    role: 'indicator',
    label: hh('Prevalensi stunting balita', 'Stunting prevalence among under-fives'),
    unit: '%',
    kind: 'rate',
    direction: 'higher-is-worse',
    range: [0, 100],
    dimension: 'LAYANAN',
    source: 'Dinkes, e-PPGBM',
    aliases: [
      'stunting',
      'prevalensi stunting',
      'persentase stunting',
      'stunting persen',
      'stunting prevalence',
      'balita stunting persen',
    ],
  },
  {
    id: 'atps_anak',
    role: 'indicator',
    label: hh('Anak tidak/putus sekolah (ATPS)', 'Out-of-school children'),
    unit: 'anak',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'atps_permil',
      label: hh('ATPS per 1.000 penduduk', 'Out-of-school children per 1,000 persons'),
      unit: '‰',
      denominator: 'penduduk',
      per: 1000,
    },
    dimension: 'LAYANAN',
    source: 'Dinas Pendidikan, data ATPS',
    aliases: [
      'atps',
      'jumlah atps',
      'anak tidak sekolah',
      'anak putus sekolah',
      'anak tidak putus sekolah',
      'anak tidak dan putus sekolah',
      'out of school children',
    ],
  },
  {
    id: 'pengangguran_jiwa',
    role: 'indicator',
    label: hh('Penduduk usia kerja yang menganggur', 'Unemployed persons'),
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
    rate: {
      id: 'pengangguran_permil',
      label: hh('Penganggur per 1.000 penduduk', 'Unemployed per 1,000 persons'),
      unit: '‰',
      denominator: 'penduduk',
      per: 1000,
    },
    dimension: 'EKONOMI',
    source: 'Data desa (Prodeskel/SDGs Desa)',
    aliases: [
      'pengangguran',
      'penganggur',
      'jumlah pengangguran',
      'jumlah penganggur',
      'tidak bekerja',
      'penduduk tidak bekerja',
      'unemployed',
      'unemployment',
      'unemployed persons',
    ],
  },
  {
    id: 'kk_total',
    role: 'denominator',
    label: hh('Jumlah keluarga (KK)', 'Households'),
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
    dimension: 'DENOMINATOR',
    source: 'Disdukcapil, data kependudukan',
    aliases: [
      'kk',
      'jumlah kk',
      'jml kk',
      'total kk',
      'kk total',
      'jumlah keluarga',
      'jumlah kepala keluarga',
      'jumlah rumah tangga',
      'jumlah ruta',
      'households',
      'number of households',
    ],
  },
  {
    id: 'penduduk',
    role: 'denominator',
    label: hh('Jumlah penduduk', 'Population'),
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
    dimension: 'DENOMINATOR',
    source: 'Disdukcapil, data kependudukan',
    aliases: [
      'penduduk',
      'jumlah penduduk',
      'jml penduduk',
      'total penduduk',
      'jumlah jiwa',
      'jiwa',
      'populasi',
      'population',
    ],
  },
] as const satisfies readonly CatalogueEntry[];

/** Id of an entry of {@link INDICATOR_CATALOGUE}. */
export type CatalogueId = (typeof INDICATOR_CATALOGUE)[number]['id'];
