import type { AnnexLang } from '../annex/types.ts';

/** Words the PDF layout adds around the annex content (legend, axes, page numbers). */
export interface PdfLabels {
  /** Before the page number: `halaman 3 dari 12`. */
  readonly page: string;
  /** Between page number and page count: `3 dari 12`. */
  readonly pageOf: string;
  readonly kilometre: string;
  readonly legendTitle: string;
  readonly districtBoundary: string;
  readonly kecamatanBoundary: string;
  readonly villageBoundary: string;
  /** Explains the numbers drawn on the loci. */
  readonly mapNumbers: string;
  readonly indicator: string;
  readonly direction: string;
  readonly source: string;
  readonly weight: string;
  readonly rules: string;
  readonly entered: string;
  readonly left: string;
  readonly none: string;
  readonly graduates: string;
  readonly stayed: string;
  readonly year: string;
  /** Note under the map naming loci that have no polygon in the boundaries. */
  readonly notOnMap: string;
  /** Watermark and map note when the data is synthetic. */
  readonly synthetic: string;
  readonly syntheticNote: string;
}

/**
 * The PDF's own labels in Bahasa Indonesia (`id`) and English (`en`). Everything else printed
 * comes from the annex content, already in its language.
 *
 * @example
 * PDF_LABELS.id.kecamatanBoundary; // => 'Batas kecamatan'
 */
export const PDF_LABELS: Readonly<Record<AnnexLang, PdfLabels>> = Object.freeze({
  id: {
    page: 'halaman',
    pageOf: 'dari',
    kilometre: 'km',
    legendTitle: 'Keterangan',
    districtBoundary: 'Batas kabupaten',
    kecamatanBoundary: 'Batas kecamatan',
    villageBoundary: 'Batas desa/kelurahan',
    mapNumbers: 'Angka pada peta: nomor urut lokus pada tabel.',
    indicator: 'Indikator',
    direction: 'Arah',
    source: 'Sumber dan tahun',
    weight: 'Bobot',
    rules: 'Aturan pemilihan',
    entered: 'Masuk lokus',
    left: 'Keluar dari lokus',
    none: 'Tidak ada.',
    graduates: 'Desa yang lulus (keluar karena kebutuhannya turun)',
    stayed: 'Lokus setiap tahun',
    year: 'Tahun',
    notOnMap: 'Lokus tanpa batas wilayah pada peta',
    synthetic: 'SINTETIS',
    syntheticNote: 'Data SINTETIS (kabupaten fiktif), bukan data resmi.',
  },
  en: {
    page: 'page',
    pageOf: 'of',
    kilometre: 'km',
    legendTitle: 'Legend',
    districtBoundary: 'District boundary',
    kecamatanBoundary: 'Kecamatan boundary',
    villageBoundary: 'Desa/kelurahan boundary',
    mapNumbers: 'Numbers on the map: the locus number in the table.',
    indicator: 'Indicator',
    direction: 'Direction',
    source: 'Source and year',
    weight: 'Weight',
    rules: 'Selection rules',
    entered: 'Entered the loci',
    left: 'Left the loci',
    none: 'None.',
    graduates: 'Graduated villages (left because their need fell)',
    stayed: 'Locus every year',
    year: 'Year',
    notOnMap: 'Loci without a boundary on the map',
    synthetic: 'SYNTHETIC',
    syntheticNote: 'SYNTHETIC data (a fictional district), not official data.',
  },
});
