/** The robustness panel's words in Bahasa Indonesia and English (the panel's own strings). */
import type { Label } from '@lokus/core';
import { locale } from '../i18n/index.ts';

const TEXT = {
  title: { id: 'Seberapa yakin daftar lokus ini?', en: 'How sure is this list of loci?' },
  layer: { id: 'Peta peluang menjadi lokus', en: 'Map of the probability of being a locus' },
  draws: { id: 'Simulasi', en: 'Draws' },
  seed: { id: 'Seed', en: 'Seed' },
  varies: {
    id: 'Yang diubah tiap simulasi: bobot ±{factor}, cara penyetaraan nilai ({normalise}), cara penggabungan ({aggregate}), satu indikator dihapus pada {drop} simulasi; aturan pemilihan dan kuota skenario tetap.',
    en: "Varied in each draw: weights ±{factor}, scaling ({normalise}), combining ({aggregate}), one indicator dropped in {drop} of the draws; the scenario's selection rules and quotas stay.",
  },
  running: { id: 'Menghitung… {done}/{total}', en: 'Computing… {done}/{total}' },
  done: {
    id: '{draws} simulasi (seed {seed}) dalam {seconds} detik.',
    en: '{draws} draws (seed {seed}) in {seconds} s.',
  },
  failed: {
    id: 'Analisis tidak dapat dijalankan: {message}',
    en: 'The analysis cannot run: {message}',
  },
  counts: {
    id: '{stable} lokus stabil (peluang ≥ {hi}), {borderline} borderline, {non} bukan lokus stabil (peluang ≤ {lo}).',
    en: '{stable} stable loci (probability ≥ {hi}), {borderline} borderline, {non} stable non-loci (probability ≤ {lo}).',
  },
  legendLow: { id: 'peluang 0%', en: 'probability 0%' },
  legendHigh: { id: '100%', en: '100%' },
  legendBorderline: { id: 'borderline (garis putus-putus)', en: 'borderline (dashed outline)' },
  sobolTitle: {
    id: 'Pilihan yang paling menggeser daftar (indeks Sobol)',
    en: 'Choices that move the list most (Sobol indices)',
  },
  sobolFirst: { id: 'orde pertama', en: 'first order' },
  sobolTotal: { id: 'total', en: 'total' },
  sobolNote: {
    id: 'Keluaran: jumlah desa yang berubah dibanding skenario. Penaksir Saltelli (orde pertama) dan Jansen (total).',
    en: 'Output: the number of villages changed against the scenario. Saltelli (first order) and Jansen (total) estimators.',
  },
  village: { id: 'Desa terpilih', en: 'Selected village' },
  probability: { id: 'Peluang menjadi lokus', en: 'Probability of being a locus' },
  rankInterval: {
    id: 'Peringkat median {median}; persentil 5–95%: {low}–{high}',
    en: 'Median rank {median}; 5th–95th percentile: {low}–{high}',
  },
  pickVillage: {
    id: 'Klik desa di peta untuk melihat peluang dan rentang peringkatnya.',
    en: 'Click a village on the map to see its probability and rank interval.',
  },
  'stable-locus': { id: 'lokus stabil', en: 'stable locus' },
  'stable-non-locus': { id: 'bukan lokus stabil', en: 'stable non-locus' },
  borderline: { id: 'borderline', en: 'borderline' },
  weights: { id: 'bobot', en: 'weights' },
  normalise: { id: 'penyetaraan', en: 'scaling' },
  aggregate: { id: 'penggabungan', en: 'combining' },
  dropIndicator: { id: 'hapus indikator', en: 'drop indicator' },
} satisfies Record<string, Label>;

export type RobustnessTextKey = keyof typeof TEXT;

/** A panel string in the current locale, `{name}` filled from `vars`. */
export function rt(key: RobustnessTextKey, vars: Record<string, string | number> = {}): string {
  return TEXT[key][locale()].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
