import { labelPoint } from '@lokus/geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { MAP_STYLE, type MapText, pt } from './mapStyle.ts';
import { type LabelCandidate, placeLabels } from './placeLabels.ts';
import { textWidth } from './textWidth.ts';

const LOCUS_SIZE = 6;
const KECAMATAN_SIZE = 7;
const LINE = MAP_STYLE.lineHeight;

type Candidate = LabelCandidate & { size: number; color: string };

function candidate(text: string, [x, y]: [number, number], size: number, color: string): Candidate {
  const height = size * LINE;
  const width = textWidth(text, size, { bold: true });
  // Locus numbers nudge a little; kecamatan names move up to two lines or sideways.
  const small = size === LOCUS_SIZE;
  const h = height;
  const w = width / 2 + 2;
  const offsets: [number, number][] = small
    ? [
        [0, -4],
        [0, 4],
        [-5, 0],
        [5, 0],
      ]
    : [
        [0, -h],
        [0, h],
        [0, -2 * h],
        [0, 2 * h],
        [-w, 0],
        [w, 0],
        [-w, -h],
        [w, -h],
        [-w, h],
        [w, h],
        [0, -3 * h],
        [0, 3 * h],
      ];
  return { text, x, y, width, height, size, color, offsets };
}

/**
 * The labels of a district map: each locus's table number at its village's pole of
 * inaccessibility (`@lokus/geo`'s `labelPoint`), then each kecamatan's name (upper case) at its
 * outline's, placed in that order of priority with {@link placeLabels} inside `[0, 0, width,
 * height]`. Every label is kept; `overlaps` counts those that found no free spot.
 *
 * @param project - Page point of a `[lon, lat]`.
 * @example
 * const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] };
 * const f = { type: 'Feature' as const, properties: {}, geometry: square };
 * mapLabels([{ no: 1, feature: f }], [], (x, y) => [x * 50, 100 - y * 50], [200, 200]).texts[0]?.text;
 * // => '1'
 */
export function mapLabels(
  loci: readonly { readonly no: number; readonly feature: Feature<Polygon | MultiPolygon> }[],
  kecamatan: readonly {
    readonly name: string;
    readonly feature: Feature<Polygon | MultiPolygon>;
  }[],
  project: (lon: number, lat: number) => [number, number],
  size: readonly [number, number],
): { texts: MapText[]; overlaps: number } {
  const candidates: Candidate[] = [
    ...loci.map((l) =>
      candidate(String(l.no), project(...labelPoint(l.feature)), LOCUS_SIZE, MAP_STYLE.locusText),
    ),
    ...kecamatan.map((k) =>
      candidate(
        k.name.toUpperCase(),
        project(...labelPoint(k.feature)),
        KECAMATAN_SIZE,
        MAP_STYLE.kecamatanText,
      ),
    ),
  ];
  const placed = placeLabels(candidates, [0, 0, size[0], size[1]]);
  return {
    texts: placed.map((p) => ({
      text: p.label.text,
      left: pt(p.left),
      top: pt(p.top),
      size: p.label.size,
      bold: true,
      color: p.label.color,
    })),
    overlaps: placed.filter((p) => p.overlaps).length,
  };
}
