import { MAP_STYLE, type MapLegendTexts, type MapText, pt } from './mapStyle.ts';
import { scaleBarLength } from './scaleBarLength.ts';
import { textWidth } from './textWidth.ts';

const SIZE = 7;
const LINE = MAP_STYLE.lineHeight;
const round = pt;

/** Numbers as a reader writes them in the legend: `2,5` in Bahasa Indonesia style, no grouping. */
function kmText(km: number): string {
  return String(Number(km.toPrecision(6))).replace('.', ',');
}

/**
 * The furniture around a district map: a north arrow in the map's top-right corner, and under
 * the map a legend row (locus, other village, kecamatan and district boundaries) with a scale
 * bar at the right. Shapes as SVG, texts apart (see `districtMap`). O(1).
 *
 * @example
 * const legend = mapLegend({
 *   width: 400, top: 300, mapTop: 0, pointsPerKm: 5,
 *   legend: { locus: 'Lokus', other: 'Lain', kecamatanBoundary: 'Batas kecamatan',
 *     districtBoundary: 'Batas kabupaten', north: 'U', km: 'km' },
 * });
 * legend.scaleKm; // => 20
 */
export function mapLegend(options: {
  readonly width: number;
  readonly top: number;
  readonly mapTop: number;
  readonly pointsPerKm: number;
  readonly legend: MapLegendTexts;
}): { svg: string; texts: MapText[]; scaleKm: number } {
  const { width, top, mapTop, pointsPerKm, legend } = options;
  const parts: string[] = [];
  const texts: MapText[] = [];
  const label = (text: string, left: number, y: number, bold = false) =>
    texts.push({
      text,
      left: round(left),
      top: round(y - (SIZE * LINE) / 2),
      size: SIZE,
      bold,
      color: MAP_STYLE.legendText,
    });
  // North arrow: a split triangle under the letter, top right of the map.
  const nx = width - 18;
  const ny = mapTop + 22;
  parts.push(`<path d="M${nx},${ny}L${nx + 6},${ny + 20}L${nx},${ny + 15}Z" fill="#111111"/>`);
  parts.push(
    `<path d="M${nx},${ny}L${nx - 6},${ny + 20}L${nx},${ny + 15}Z" fill="#ffffff" stroke="#111111" stroke-width="0.6"/>`,
  );
  label(legend.north, nx - textWidth(legend.north, SIZE, { bold: true }) / 2, ny - 7, true);
  // Legend row.
  const y = top + 14;
  let x = 4;
  const swatch = (fill: string) =>
    parts.push(
      `<rect x="${x}" y="${y - 4.5}" width="14" height="9" fill="${fill}" stroke="${MAP_STYLE.villageLine}" stroke-width="0.4"/>`,
    );
  const line = (colour: string, w: number) =>
    parts.push(`<path d="M${x},${y}L${x + 14},${y}" stroke="${colour}" stroke-width="${w}"/>`);
  const item = (draw: () => void, text: string) => {
    draw();
    label(text, x + 18, y);
    x += 18 + textWidth(text, SIZE) + 12;
  };
  item(() => swatch(MAP_STYLE.locus), legend.locus);
  item(() => swatch(MAP_STYLE.other), legend.other);
  item(() => line(MAP_STYLE.kecamatanLine, MAP_STYLE.kecamatanWidth), legend.kecamatanBoundary);
  item(() => line(MAP_STYLE.districtLine, MAP_STYLE.districtWidth), legend.districtBoundary);
  // Scale bar at the right, at most a quarter of the width, below the legend when they would meet.
  const bar = scaleBarLength(pointsPerKm, Math.min(width / 4, 160));
  const right = width - 10;
  const left = right - bar.points;
  const by = left > x ? y - 2 : top + 30;
  const seg = bar.points / bar.segments;
  for (let i = 0; i < bar.segments; i++) {
    const fill = i % 2 === 0 ? '#111111' : '#ffffff';
    parts.push(
      `<rect x="${round(left + i * seg)}" y="${by}" width="${round(seg)}" height="4" fill="${fill}" stroke="#111111" stroke-width="0.5"/>`,
    );
  }
  const tick = (value: string, at: number) =>
    label(value, at - textWidth(value, SIZE) / 2, by + 11);
  tick('0', left);
  tick(kmText(bar.km / 2), left + bar.points / 2);
  const end = `${kmText(bar.km)} ${legend.km}`;
  label(end, right - textWidth(end, SIZE) + textWidth(kmText(bar.km), SIZE) / 2, by + 11);
  return { svg: parts.join(''), texts, scaleKm: bar.km };
}
