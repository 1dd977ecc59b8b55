import { bounds, dissolveBy } from '@lokus/geo';
import type { FeatureCollection } from 'geojson';
import { boundaryLines } from './boundaryLines.ts';
import { fitMercator } from './fitMercator.ts';
import { mapLabels } from './mapLabels.ts';
import { mapLegend } from './mapLegend.ts';
import { mapShapes } from './mapShapes.ts';
import { type MapLegendTexts, type MapText, pt, MAP_STYLE as S } from './mapStyle.ts';
import { projectRings } from './projectRings.ts';
import { svgPaths } from './svgPaths.ts';

/** Options of {@link districtMap}. */
export interface DistrictMapOptions {
  /** Drawing size in points, legend panel included. */
  readonly width: number;
  readonly height: number;
  /** Locus code → its number in the loci table (drawn on the village). */
  readonly loci: ReadonlyMap<string, number>;
  /** Kecamatan code → name; missing names fall back to the boundaries' own, then the code. */
  readonly kecamatanNames: ReadonlyMap<string, string>;
  readonly legend: MapLegendTexts;
}

/** A vector map: SVG shapes (no text) plus the texts to set over them in the PDF's own font. */
export interface DistrictMap {
  readonly svg: string;
  readonly texts: readonly MapText[];
  readonly pointsPerKm: number;
  readonly scaleKm: number;
  /** Labels that could not avoid an earlier one. */
  readonly overlaps: number;
  /** Loci codes with no polygon in the boundaries (not drawn). */
  readonly missing: readonly string[];
  readonly synthetic: boolean;
}

/** The height of the legend panel under the map area, in points. */
export const LEGEND_HEIGHT = 42;

/**
 * Draws a district as vectors: village polygons (loci filled), kecamatan and district outlines
 * dissolved with `@lokus/geo`'s `dissolveBy`, locus numbers and kecamatan names placed without
 * overlaps where possible, a north arrow, a scale bar true at the district's latitude and a legend.
 * Shapes go to one SVG (d3-geo `geoPath` over a fitted Mercator); texts are returned apart so
 * the PDF sets them in its embedded font and they stay searchable. O(V log V) for V vertices.
 *
 * @param boundaries - Village polygons (RFC 7946, lon/lat) with Kemendagri codes.
 * @example
 * const square = [[[110, -7], [110.1, -7], [110.1, -6.9], [110, -6.9], [110, -7]]];
 * const map = districtMap(
 *   { type: 'FeatureCollection', features: [{ type: 'Feature',
 *     properties: { kode: '33.21.01.2001' }, geometry: { type: 'Polygon', coordinates: square } }] },
 *   { width: 300, height: 300, loci: new Map([['33.21.01.2001', 1]]), kecamatanNames: new Map(),
 *     legend: { locus: 'Lokus', other: 'Lain', kecamatanBoundary: 'Kec.', districtBoundary: 'Kab.',
 *       north: 'U', km: 'km' } },
 * );
 * map.texts.some((t) => t.text === '1'); // => true
 */
export function districtMap(
  boundaries: FeatureCollection,
  options: DistrictMapOptions,
): DistrictMap {
  const { width, height, loci } = options;
  const shapes = mapShapes(boundaries);
  const villages = shapes.villages.map((v) => v.feature);
  const box = bounds({ type: 'FeatureCollection', features: villages });
  if (box === null) throw new Error('districtMap requires boundaries with polygons');
  const mapBottom = height - LEGEND_HEIGHT;
  const { project, pointsPerKm } = fitMercator(box, [10, 10, width - 40, mapBottom - 10]);
  const isLocus = (code: string) => loci.has(code);
  const kecamatan = dissolveBy(villages, (_f, i) => shapes.villages[i]!.kecamatan);
  const lines = boundaryLines(
    shapes.villages.map((v) => ({
      kecamatan: v.kecamatan,
      parts: projectRings(v.feature.geometry, project),
    })),
  );
  const stroke = (d: string, colour: string, width: number) =>
    d === ''
      ? ''
      : `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"/>`;
  const village = (fill: string) => ({ fill, stroke: S.villageLine, strokeWidth: S.villageWidth });
  const pick = (locus: boolean) =>
    shapes.villages.filter((v) => isLocus(v.code) === locus).map((v) => v.feature);
  const shapesSvg =
    svgPaths(pick(false), project, village(S.other)) +
    svgPaths(pick(true), project, village(S.locus)) +
    stroke(lines.kecamatan, S.kecamatanLine, S.kecamatanWidth) +
    stroke(lines.district, S.districtLine, S.districtWidth);
  const labels = mapLabels(
    shapes.villages
      .filter((v) => isLocus(v.code))
      .map((v) => ({ no: loci.get(v.code)!, feature: v.feature })),
    kecamatan.map((k) => ({
      name:
        options.kecamatanNames.get(k.properties.key) ??
        shapes.kecamatanNames.get(k.properties.key) ??
        k.properties.key,
      feature: k,
    })),
    project,
    [width, mapBottom],
  );
  const panel = mapLegend({
    width,
    top: mapBottom,
    mapTop: 0,
    pointsPerKm,
    legend: options.legend,
  });
  const frame = `<rect x="0.5" y="0.5" width="${pt(width - 1)}" height="${pt(mapBottom - 1)}" fill="none" stroke="#777777" stroke-width="0.6"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pt(width)}" height="${pt(height)}" viewBox="0 0 ${pt(width)} ${pt(height)}">${frame}${shapesSvg}${panel.svg}</svg>`;
  return {
    svg,
    texts: [...labels.texts, ...panel.texts],
    pointsPerKm,
    scaleKm: panel.scaleKm,
    overlaps: labels.overlaps,
    missing: [...loci.keys()].filter((code) => !shapes.villages.some((v) => v.code === code)),
    synthetic: shapes.synthetic,
  };
}
