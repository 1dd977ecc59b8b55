import type { NotSelectedReason, SelectedReason } from '../result.ts';
import type { Label } from '../types.ts';

/**
 * Why a village was or was not selected, as a short phrase in Bahasa Indonesia and English, for
 * reports and the decree annex (the reason codes of `SelectOutput.reason` are for machines).
 *
 * @example
 * REASON_LABELS['quota-maximum'].id; // => 'kuota maksimum kecamatannya sudah penuh'
 * REASON_LABELS.rank.en; // => 'ranked within the selection'
 */
export const REASON_LABELS: Readonly<Record<SelectedReason | NotSelectedReason, Label>> = {
  'forced-include': { id: 'ditetapkan masuk', en: 'forced in' },
  'carry-over': {
    id: 'lokus tahun lalu yang masih memenuhi syarat',
    en: "last year's locus, still eligible",
  },
  'quota-minimum': {
    id: 'kuota minimum kecamatan, peringkat terbaik yang memenuhi syarat di kecamatannya',
    en: 'kecamatan minimum quota, best-ranked eligible village there',
  },
  rank: { id: 'peringkatnya masuk batas pemilihan', en: 'ranked within the selection' },
  threshold: { id: 'skor mencapai ambang batas', en: 'score reaches the threshold' },
  'forced-exclude': { id: 'ditetapkan keluar', en: 'forced out' },
  'ineligible-kind': {
    id: 'jenis wilayahnya tidak memenuhi syarat',
    en: 'its kind (desa/kelurahan) is not eligible',
  },
  'ineligible-minimum': {
    id: 'tidak memenuhi nilai minimum indikator',
    en: 'below an indicator minimum',
  },
  'quota-maximum': {
    id: 'kuota maksimum kecamatannya sudah penuh',
    en: 'its kecamatan maximum quota is full',
  },
  'below-cutoff': { id: 'di bawah batas pemilihan', en: 'below the selection cutoff' },
  unranked: {
    id: 'tidak diperingkat karena skornya tidak dapat dihitung',
    en: 'not ranked: its score could not be computed',
  },
};
