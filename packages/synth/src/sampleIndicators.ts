import type { IndicatorMeta } from '@lokus/core';

/**
 * Source text of every synthetic column.
 *
 * @example
 * SYNTHETIC_SOURCE; // => 'Synthetic (lokus generator)'
 */
export const SYNTHETIC_SOURCE = 'Synthetic (lokus generator)';

/**
 * Reference year of the synthetic columns.
 *
 * @example
 * SYNTHETIC_YEAR; // => 2025
 */
export const SYNTHETIC_YEAR = 2025;

const meta = (m: Omit<IndicatorMeta, 'source' | 'year'>): IndicatorMeta =>
  Object.freeze({ ...m, source: SYNTHETIC_SOURCE, year: SYNTHETIC_YEAR });

/**
 * Metadata of the synthetic village columns made by `generateDistrict` (and the first fifteen
 * columns of `generateNational`). All values are fictional. Counts come with their denominators
 * (`kk_total`, `penduduk`) so that a scenario can turn any count into a share with
 * `denominator` and `per`; the shares themselves are not columns.
 *
 * Modelled on what a district team receives: DTSEN welfare deciles per village, P3KE
 * extreme-poverty persons, RTLH, water and sanitation (P3KE/Podes), stunting (e-PPGBM),
 * out-of-school children, and IDM 2024 with IDM = (IKS + IKE + IKL) / 3, desa only.
 *
 * @example
 * sampleIndicators.map((m) => m.id).slice(0, 3); // => ['kk_total', 'penduduk', 'desil1_kk']
 */
export const sampleIndicators: readonly IndicatorMeta[] = Object.freeze([
  meta({
    id: 'kk_total',
    label: { id: 'Jumlah keluarga (KK)', en: 'Households' },
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'penduduk',
    label: { id: 'Jumlah penduduk', en: 'Population' },
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'desil1_kk',
    label: { id: 'KK desil 1 DTSEN', en: 'Households in DTSEN decile 1' },
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'desil12_kk',
    label: { id: 'KK desil 1–2 DTSEN', en: 'Households in DTSEN deciles 1–2' },
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'miskin_ekstrem_jiwa',
    label: { id: 'Penduduk miskin ekstrem', en: 'Persons in extreme poverty' },
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'rtlh_unit',
    label: { id: 'Rumah tidak layak huni (RTLH)', en: 'Uninhabitable houses' },
    unit: 'unit',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'tanpa_air_kk',
    label: { id: 'KK tanpa air minum layak', en: 'Households without improved drinking water' },
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'tanpa_sanitasi_kk',
    label: { id: 'KK tanpa sanitasi layak', en: 'Households without improved sanitation' },
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'stunting_pct',
    label: { id: 'Prevalensi stunting balita', en: 'Stunting prevalence among under-fives' },
    unit: '%',
    kind: 'rate',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'atps_anak',
    label: { id: 'Anak tidak/putus sekolah (ATPS)', en: 'Out-of-school children' },
    unit: 'anak',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'idm',
    label: { id: 'Indeks Desa Membangun (IDM)', en: 'Developing Village Index (IDM)' },
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
  }),
  meta({
    id: 'iks',
    label: { id: 'Indeks Ketahanan Sosial (IKS)', en: 'Social Resilience Index (IKS)' },
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
    dimension: 'IKS',
  }),
  meta({
    id: 'ike',
    label: { id: 'Indeks Ketahanan Ekonomi (IKE)', en: 'Economic Resilience Index (IKE)' },
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
    dimension: 'IKE',
  }),
  meta({
    id: 'ikl',
    label: { id: 'Indeks Ketahanan Lingkungan (IKL)', en: 'Environmental Resilience Index (IKL)' },
    unit: 'indeks 0–1',
    kind: 'index',
    direction: 'higher-is-better',
    range: [0, 1],
    dimension: 'IKL',
  }),
]);
