import type { FeatureCollection } from 'geojson';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AnnexContent } from '../annex/types.ts';
import { changesBlock } from './changesBlock.ts';
import { fontSafe, fontSafeContent } from './fontSafe.ts';
import { headingBlock } from './headingBlock.ts';
import { lociTableBlock } from './lociTableBlock.ts';
import { mapPage } from './mapPage.ts';
import { PAGE_MARGINS, type PageSizeName, pageBox } from './pageLayout.ts';
import { PDF_LABELS } from './pdfLabels.ts';
import { planBlock } from './planBlock.ts';
import { robustnessBlock } from './robustnessBlock.ts';
import { scenarioBlock } from './scenarioBlock.ts';
import { signatureBlock } from './signatureBlock.ts';
import { sourcesBlock } from './sourcesBlock.ts';
import { trendBlock } from './trendBlock.ts';

/** Options of {@link annexDocument} and `annexPdf`. */
export interface AnnexDocumentOptions {
  /**
   * Date written as the PDF's creation and modification date. Default: 1 January of the annex's
   * `documentYear` (else of the heading's year, else 2000), UTC, so the bytes never depend on
   * the clock.
   */
  readonly date?: Date;
  /** Paper: `A4` (default) or `F4` (folio). */
  readonly pageSize?: PageSizeName;
  /** Draw the map page (default `true` when boundaries have polygons). */
  readonly map?: boolean;
}

/**
 * The document's fixed date: the option, else 1 January (UTC) of the annex year.
 *
 * @example
 * annexDate({ documentYear: 2026, heading: { year: null } }).toISOString();
 * // => '2026-01-01T00:00:00.000Z'
 */
export function annexDate(
  annex: {
    readonly documentYear: number | null;
    readonly heading: { readonly year: number | null };
  },
  options: AnnexDocumentOptions = {},
): Date {
  if (options.date !== undefined) {
    if (Number.isNaN(options.date.getTime())) throw new Error('annexPdf requires a valid date');
    return options.date;
  }
  return new Date(Date.UTC(annex.documentYear ?? annex.heading.year ?? 2000, 0, 1));
}

/**
 * The decree annex as a pdfmake document definition, in reading order: heading and title, the
 * loci table, the signature block; then the map page, the scenario in words, changes from last
 * year, the trend, the borderline villages and the action plan when present, and the sources. Page numbers in the footer, a `SINTETIS`
 * watermark when the boundaries are marked synthetic. Pure: no clock, no IO.
 *
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
 * annexDocument(annex, boundaries).info?.creationDate?.toISOString(); // => '2026-01-01T00:00:00.000Z'
 */
export function annexDocument(
  annex: AnnexContent,
  boundaries: FeatureCollection | null,
  options: AnnexDocumentOptions = {},
): TDocumentDefinitions {
  const labels = PDF_LABELS[annex.lang] ?? PDF_LABELS.id;
  const size = options.pageSize ?? 'A4';
  const [pageWidth] = pageBox(size, 'portrait');
  const textWidth = pageWidth - PAGE_MARGINS[0] - PAGE_MARGINS[2];
  const content: Content[] = [
    ...headingBlock(annex.heading),
    ...lociTableBlock(annex.loci),
    signatureBlock(annex.signature),
  ];
  // The fictional sample is marked in its boundaries; its annex says SINTETIS on every page.
  const synthetic = (boundaries?.features ?? []).some(
    (f) => (f?.properties as Record<string, unknown> | null)?.synthetic === true,
  );
  const hasPolygons = (boundaries?.features ?? []).some((f) =>
    /Polygon$/.test(f?.geometry?.type ?? ''),
  );
  if (boundaries !== null && options.map !== false && hasPolygons) {
    content.push(...mapPage(annex, boundaries, labels, size).content);
  }
  content.push(...scenarioBlock(annex.scenario, labels));
  if (annex.changes !== null)
    content.push(...changesBlock(annex.changes, annex.loci.columns, labels));
  if (annex.trend !== null) content.push(...trendBlock(annex.trend, labels, annex.lang, textWidth));
  if (annex.robustness) content.push(...robustnessBlock(annex.robustness));
  if (annex.plan) content.push(...planBlock(annex.plan));
  content.push(...sourcesBlock(annex.sources));
  const date = annexDate(annex, options);
  return {
    pageSize: size === 'F4' ? { width: 609.45, height: 935.43 } : 'A4',
    pageMargins: [...PAGE_MARGINS],
    info: {
      title: `${annex.heading.decreeOf} ${annex.heading.about}`,
      author: annex.heading.decreeOf,
      subject: annex.heading.title,
      creator: 'lokus',
      producer: 'lokus (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    language: annex.lang === 'en' ? 'en' : 'id-ID',
    content: fontSafeContent(content),
    footer: (current, count) => ({
      text: fontSafe(`${annex.footer} · ${labels.page} ${current} ${labels.pageOf} ${count}`),
      alignment: 'center',
      fontSize: 7.5,
      color: '#444444',
      margin: [0, 20, 0, 0],
    }),
    ...(synthetic
      ? { watermark: { text: labels.synthetic, color: '#b2182b', opacity: 0.07, bold: true } }
      : {}),
    defaultStyle: { fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 11, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
      section: { fontSize: 11, bold: true, margin: [0, 0, 0, 6] },
      tableHeader: { bold: true, fontSize: 7.5 },
    },
  };
}
