// The decree annex as a PDF
export { type AnnexPdfOptions, annexPdf } from './annexPdf.ts';
export { type AnnexDocumentOptions, annexDate, annexDocument } from './annexDocument.ts';
export { renderPdf } from './renderPdf.ts';
// The district map, drawn as vectors
export {
  type DistrictMap,
  type DistrictMapOptions,
  districtMap,
  LEGEND_HEIGHT,
} from './districtMap.ts';
export { type FittedMercator, fitMercator } from './fitMercator.ts';
export { MAP_STYLE, type MapLegendTexts, type MapText } from './mapStyle.ts';
export { scaleBarLength } from './scaleBarLength.ts';
// Fonts and labels
export { ANNEX_FONT_FAMILY, ANNEX_FONT_FILES } from './annexFonts.ts';
export { PDF_LABELS, type PdfLabels } from './pdfLabels.ts';
export { PAGE_MARGINS, PAGE_SIZES, type PageSizeName } from './pageLayout.ts';
export { textWidth } from './textWidth.ts';
