import type { FeatureCollection } from 'geojson';
import type { AnnexContent } from '../annex/types.ts';
import { type AnnexDocumentOptions, annexDocument } from './annexDocument.ts';
import { renderPdf } from './renderPdf.ts';

/** Options of {@link annexPdf}. */
export type AnnexPdfOptions = AnnexDocumentOptions;

/**
 * The decree annex (Lampiran Keputusan Bupati … tentang Penetapan Lokasi Prioritas
 * Penanggulangan Kemiskinan) as a PDF: heading with fill-in fields, the numbered loci table by
 * kecamatan, the signature block, a vector map page of the district, the scenario in words,
 * changes from last year and the trend when present, and the sources. Built with pdfmake
 * (pdfkit underneath) and the Roboto fonts shipped in pdfmake's virtual file system: no network,
 * no file access, Node or browser. Deterministic: the same content, boundaries and options give
 * the same bytes (fixed dates, the trailer ID derived from them, stable font subsets).
 *
 * @param annex - The annex content from `buildAnnex`, in its language.
 * @param boundaries - Village polygons for the map page, or `null` for no map.
 * @example
 * // const pdf = await annexPdf(buildAnnex(result, { districtName: 'Demak' }), boundaries);
 * // new TextDecoder().decode(pdf.subarray(0, 5)); // => '%PDF-'
 */
export function annexPdf(
  annex: AnnexContent,
  boundaries: FeatureCollection | null,
  options: AnnexPdfOptions = {},
): Promise<Uint8Array> {
  if (annex === null || typeof annex !== 'object' || !Array.isArray(annex.loci?.groups)) {
    return Promise.reject(new Error('annexPdf requires annex content from buildAnnex'));
  }
  return renderPdf(annexDocument(annex, boundaries, options));
}
