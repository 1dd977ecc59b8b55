/** The national map's words in Bahasa Indonesia and English (its own strings). */
import type { Label } from '@lokus/core';
import { locale } from '../i18n/index.ts';

const TEXT = {
  shareTitle: {
    id: 'Zoom jauh: bagian desa yang menjadi lokus',
    en: 'Zoomed out: share of villages that are loci',
  },
  shareNote: {
    id: 'per kabupaten/kota, lalu per kecamatan mulai zoom {kecamatan}; desa tampil mulai zoom {village}. Garis biru = batas kabupaten/kota.',
    en: 'per kabupaten/kota, then per kecamatan from zoom {kecamatan}; villages from zoom {village} on. Blue lines = kabupaten/kota boundaries.',
  },
  none: { id: 'tidak ada lokus', en: 'no loci' },
  over: { id: 'lebih dari {p}', en: 'over {p}' },
  upTo: { id: 'sampai {p}', en: 'up to {p}' },
  noData: { id: 'tidak ada data', en: 'no data' },
  rankingAcross: {
    id: 'Satu peringkat untuk seluruh {kab} kabupaten/kota ({prov} provinsi): skenario tidak memeringkat per kabupaten',
    en: 'One ranking across all {kab} kabupaten/kota ({prov} provinces): the scenario does not rank within each kabupaten',
  },
  rankingOne: {
    id: 'Peringkat dalam satu kabupaten/kota',
    en: 'Ranking within one kabupaten/kota',
  },
  rankingWithinKabupaten: {
    id: 'Peringkat di dalam setiap kabupaten/kota ({kab} kabupaten/kota)',
    en: 'Ranked within each kabupaten/kota ({kab} kabupaten/kota)',
  },
  rankingWithinProvince: {
    id: 'Peringkat di dalam setiap provinsi ({prov} provinsi, {kab} kabupaten/kota)',
    en: 'Ranked within each province ({prov} provinces, {kab} kabupaten/kota)',
  },
  rankingOneProvince: {
    id: 'Satu peringkat untuk {kab} kabupaten/kota dalam satu provinsi',
    en: 'One ranking for {kab} kabupaten/kota within one province',
  },
  notTiles: {
    id: '{file}: bukan petak desa lokus (tidak ada lapisan desa dengan daftar kode)',
    en: '{file}: not lokus village tiles (no village layer with its list of codes)',
  },
} satisfies Record<string, Label>;

export type NationalTextKey = keyof typeof TEXT;

/**
 * A national-map string in the current locale, `{name}` filled from `vars`.
 *
 * @example
 * nt('kecamatan'); // => 'kecamatan'
 */
export function nt(key: NationalTextKey, vars: Record<string, string | number> = {}): string {
  return TEXT[key][locale()].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
