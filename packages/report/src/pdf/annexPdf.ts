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
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * const annex = buildAnnex(result, { districtName: 'Contoh' });
 * const square = (kode, x) => ({ type: 'Feature', properties: { kode },
 *   geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 0.01, 0], [x + 0.01, 0.01], [x, 0.01], [x, 0]]] } });
 * const boundaries = { type: 'FeatureCollection', features: table.code.map((c, i) => square(c, i * 0.01)) };
 * const pdf = await annexPdf(annex, boundaries);
 * new TextDecoder().decode(pdf.subarray(0, 5)); // => '%PDF-'
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
