import type { Label } from '@lokus/core';

/**
 * Every fixed text of the tables and the annex, in Bahasa Indonesia and English: one source, so
 * the CLI, the viewer's print view and the PDF say the same thing.
 *
 * @example
 * REPORT_TEXT.rank.id; // => 'Peringkat'
 * REPORT_TEXT.rank.en; // => 'Rank'
 */
export const REPORT_TEXT = {
  no: { id: 'No', en: 'No' },
  rank: { id: 'Peringkat', en: 'Rank' },
  code: { id: 'Kode', en: 'Code' },
  village: { id: 'Desa/Kelurahan', en: 'Desa/kelurahan' },
  kind: { id: 'Jenis', en: 'Kind' },
  kecamatanCode: { id: 'Kode Kecamatan', en: 'Kecamatan code' },
  kecamatan: { id: 'Kecamatan', en: 'Kecamatan' },
  score: { id: 'Skor', en: 'Score' },
  rankInKecamatan: { id: 'Peringkat di Kecamatan', en: 'Rank in kecamatan' },
  mapClass: { id: 'Kelas Peta', en: 'Map class' },
  locus: { id: 'Lokus', en: 'Locus' },
  reason: { id: 'Alasan', en: 'Reason' },
  reasonCode: { id: 'Kode Alasan', en: 'Reason code' },
  yes: { id: 'Ya', en: 'Yes' },
  no_: { id: 'Tidak', en: 'No' },
  excluded: { id: 'Dikeluarkan', en: 'Left out' },
  desa: { id: 'Desa', en: 'Desa' },
  kelurahan: { id: 'Kelurahan', en: 'Kelurahan' },
  fullPrecision: { id: 'presisi penuh', en: 'full precision' },
  normalised: { id: 'ternormalisasi', en: 'normalised' },
} as const satisfies Record<string, Label>;

/** A key of {@link REPORT_TEXT}. */
export type ReportTextKey = keyof typeof REPORT_TEXT;
