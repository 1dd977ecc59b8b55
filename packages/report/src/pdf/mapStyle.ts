/** A text drawn over a map or chart, positioned by its top-left corner in drawing points. */
export interface MapText {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly size: number;
  readonly bold: boolean;
  readonly color: string;
}

/** The legend's words, in the annex language. */
export interface MapLegendTexts {
  readonly locus: string;
  readonly other: string;
  readonly kecamatanBoundary: string;
  readonly districtBoundary: string;
  readonly north: string;
  readonly km: string;
}

/**
 * Colours and line widths of the district map, chosen to stay readable in grey-scale print.
 *
 * @example
 * MAP_STYLE.locus; // => '#f46d43'
 */
export const MAP_STYLE = Object.freeze({
  locus: '#f46d43',
  other: '#f4f1e8',
  villageLine: '#a8a8a8',
  villageWidth: 0.3,
  kecamatanLine: '#4a4a4a',
  kecamatanWidth: 0.9,
  districtLine: '#111111',
  districtWidth: 1.4,
  kecamatanText: '#1d3557',
  locusText: '#000000',
  legendText: '#222222',
  /** Roboto's ascent − descent per em: the height pdfmake gives one line of text. */
  lineHeight: 1.17,
});

/**
 * Rounds a drawing coordinate to 0.01 pt, so the SVG text stays short and stable.
 *
 * @example
 * pt(1 / 3); // => 0.33
 */
export function pt(n: number): number {
  return Math.round(n * 100) / 100;
}
