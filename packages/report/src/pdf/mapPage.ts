import { bounds } from '@lokus/geo';
import type { FeatureCollection } from 'geojson';
import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexContent } from '../annex/types.ts';
import { districtMap, LEGEND_HEIGHT } from './districtMap.ts';
import { fitMercator } from './fitMercator.ts';
import { mapShapes } from './mapShapes.ts';
import { PAGE_MARGINS, type PageSizeName, pageBox } from './pageLayout.ts';
import type { PdfLabels } from './pdfLabels.ts';
import { textWidth } from './textWidth.ts';

const TITLE_HEIGHT = 34;

/** Space the notes under the map need (7 pt lines, wrapped at `width`), plus a gap. */
function notesHeight(notes: readonly string[], width: number): number {
  const lines = notes.reduce((n, note) => n + Math.ceil(textWidth(note, 7) / width), 0);
  return 10 + lines * 9.5;
}

/** The orientation in which the district's extent gets the larger scale (portrait on a tie). */
function orientationFor(
  boundaries: FeatureCollection,
  size: PageSizeName,
  reserved: number,
): 'portrait' | 'landscape' {
  const box = bounds(boundaries);
  if (box === null) return 'portrait';
  const shape = fitMercator(box, [0, 0, 1000, 1000]);
  const scale = (o: 'portrait' | 'landscape') => {
    const [w, h] = pageBox(size, o);
    const aw = w - PAGE_MARGINS[0] - PAGE_MARGINS[2] - 50;
    const ah = h - PAGE_MARGINS[1] - PAGE_MARGINS[3] - reserved - LEGEND_HEIGHT - 20;
    return Math.min(aw / shape.width, ah / shape.height);
  };
  return scale('landscape') > scale('portrait') * 1.05 ? 'landscape' : 'portrait';
}

/** Kecamatan code → name from the annex (its full list, then the loci groups). */
function kecamatanNames(annex: AnnexContent): Map<string, string> {
  const names = new Map<string, string>();
  for (const k of annex.map.kecamatan ?? []) if (k.name) names.set(k.code, k.name);
  for (const g of annex.loci.groups) {
    if (!names.has(g.code) && g.name !== g.code) names.set(g.code, g.name);
  }
  return names;
}

/**
 * The map page: the district drawn as vectors fitted to the page (landscape when the district is
 * wide), locus numbers matching the table, kecamatan names, legend, scale bar, north arrow, and
 * under it the attributions. The SVG sits in the flow; its texts are placed absolutely over it
 * in the embedded font so they stay searchable.
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
 * mapPage(annex, boundaries, PDF_LABELS.id, 'A4').orientation; // => 'landscape' (three villages side by side)
 */
export function mapPage(
  annex: AnnexContent,
  boundaries: FeatureCollection,
  labels: PdfLabels,
  size: PageSizeName,
): {
  content: Content[];
  orientation: 'portrait' | 'landscape';
  synthetic: boolean;
  overlaps: number;
} {
  const notes = [labels.mapNumbers, ...annex.sources.attributions];
  // A locus with no polygon cannot be drawn: say so under the map instead of dropping it silently.
  const shapes = mapShapes(boundaries);
  const drawn = new Set(shapes.villages.map((v) => v.code));
  const missing = annex.loci.groups.flatMap((g) => g.loci).filter((l) => !drawn.has(l.code));
  if (missing.length > 0) {
    notes.push(
      `${labels.notOnMap}: ${missing.map((l) => `${l.no}. ${l.name} (${l.code})`).join('; ')}.`,
    );
  }
  if (shapes.synthetic) notes.push(labels.syntheticNote);
  const [portraitWidth] = pageBox(size, 'portrait');
  const reserved =
    TITLE_HEIGHT + notesHeight(notes, portraitWidth - PAGE_MARGINS[0] - PAGE_MARGINS[2]);
  const orientation = orientationFor(boundaries, size, reserved);
  const [pw, ph] = pageBox(size, orientation);
  const width = pw - PAGE_MARGINS[0] - PAGE_MARGINS[2];
  const height = ph - PAGE_MARGINS[1] - PAGE_MARGINS[3] - reserved;
  const loci = new Map<string, number>();
  for (const g of annex.loci.groups) for (const l of g.loci) loci.set(l.code, l.no);
  const map = districtMap(boundaries, {
    width,
    height,
    loci,
    kecamatanNames: kecamatanNames(annex),
    legend: {
      locus: annex.map.legendLocus,
      other: annex.map.legendOther,
      kecamatanBoundary: labels.kecamatanBoundary,
      districtBoundary: labels.districtBoundary,
      north: annex.map.northLabel,
      km: labels.kilometre,
    },
  });
  const x0 = PAGE_MARGINS[0];
  const y0 = PAGE_MARGINS[1] + TITLE_HEIGHT;
  const content: Content[] = [
    {
      svg: map.svg,
      width,
      height,
      pageBreak: 'before',
      pageOrientation: orientation,
      margin: [0, TITLE_HEIGHT, 0, 0],
    },
    {
      text: annex.map.title,
      style: 'section',
      absolutePosition: { x: x0, y: PAGE_MARGINS[1] },
    },
    ...map.texts.map(
      (t): Content => ({
        text: t.text,
        fontSize: t.size,
        bold: t.bold,
        color: t.color,
        noWrap: true,
        absolutePosition: { x: x0 + t.left, y: y0 + t.top },
      }),
    ),
    { stack: notes.map((n) => ({ text: n })), fontSize: 7, color: '#333333', margin: [0, 6, 0, 0] },
  ];
  return { content, orientation, synthetic: map.synthetic, overlaps: map.overlaps };
}
