/**
 * The zoomed-out colours of the national map: each kabupaten and kecamatan coloured by the share
 * of its villages that are loci in the run shown. A count of the worker's selection per area,
 * no scoring; written as feature-state of the tiles' `kabupaten` and `kecamatan` layers.
 */
import { groupIndex } from '@lokus/core';
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification } from 'maplibre-gl';
import { fmt, pct } from '../i18n/index.ts';
import { nt } from './nationalText.ts';
import { classColours, type Legend, MISSING, NO_DATA, NOT_SELECTED } from './palette.ts';

/** Upper bounds of the share classes after "no loci" (0). */
const BREAKS = [0.1, 0.25, 0.5] as const;

/** Colours: no loci, then light to dark by share. */
function colours(): string[] {
  return [NOT_SELECTED, ...classColours(BREAKS.length + 1)];
}

/**
 * The fill expression of an area layer, on feature-state `p` (share of loci, 0–1).
 *
 * @example
 * shareFill()[0]; // => 'step'
 */
export function shareFill(): ExpressionSpecification {
  const [none, ...ramp] = colours();
  return [
    'step',
    ['coalesce', ['feature-state', 'p'], MISSING],
    NO_DATA,
    0,
    none!,
    1e-9,
    ramp[0]!,
    ...BREAKS.flatMap((b, i) => [b + 1e-9, ramp[i + 1]!]),
  ] as unknown as ExpressionSpecification;
}

/**
 * The legend of the zoomed-out colours.
 *
 * @example
 * shareLegend({ kecamatan: 6, village: 8 }).items.length; // => 6
 */
export function shareLegend(zoom: { kecamatan: number; village: number }): Legend {
  const [none, ...ramp] = colours();
  const bounds = [0, ...BREAKS];
  return {
    title: nt('shareTitle'),
    notes: [nt('shareNote', { kecamatan: fmt(zoom.kecamatan, 1), village: zoom.village })],
    items: [
      { colour: none!, label: nt('none') },
      ...ramp.map((colour, i) => ({
        colour,
        label:
          i < BREAKS.length
            ? `${i === 0 ? '> 0' : `> ${pct(bounds[i]!, 0)}`} – ${nt('upTo', { p: pct(BREAKS[i]!, 0) })}`
            : nt('over', { p: pct(BREAKS[BREAKS.length - 1]!, 0) }),
      })),
      { colour: NO_DATA, label: nt('noData') },
    ],
  };
}

/** Share of loci per area code. */
export interface LociShares {
  readonly kabupaten: ReadonlyMap<string, number>;
  readonly kecamatan: ReadonlyMap<string, number>;
}

/**
 * The share of loci of every kabupaten (`PP.KK`) and kecamatan, over the table's villages with a
 * rank (the ones the run could pick); areas in the order their first ranked village comes. The
 * areas are numbered once per table by core's `groupIndex`: a re-score counts on typed arrays.
 *
 * @example
 * lociShares(['11.01', '11.01'], ['11.01.01', '11.01.01'], [1, 0], [1, 2]).kabupaten.get('11.01');
 * // => 0.5
 */
export function lociShares(
  kabupaten: readonly string[],
  kecamatan: readonly string[],
  selected: ArrayLike<number>,
  rank: ArrayLike<number>,
): LociShares {
  const count = (column: readonly string[]): Map<string, number> => {
    const { ids, keys } = groupIndex(column);
    const all = new Int32Array(keys.length);
    const loci = new Int32Array(keys.length);
    const order: number[] = [];
    for (let row = 0; row < column.length; row++) {
      if (!Number.isFinite(rank[row]!)) continue;
      const k = ids[row]!;
      if (all[k] === 0) order.push(k);
      all[k] = all[k]! + 1;
      if (selected[row] === 1) loci[k] = loci[k]! + 1;
    }
    const share = new Map<string, number>();
    for (const k of order) share.set(keys[k]!, loci[k]! / all[k]!);
    return share;
  };
  return { kabupaten: count(kabupaten), kecamatan: count(kecamatan) };
}

/**
 * Writes the shares as feature-state `p` of the tiles' `kabupaten` and `kecamatan` layers of
 * the map's vector source `source`.
 *
 * @example
 * applyShares(map, 'villages', lociShares(kabupaten, kecamatan, selected, rank));
 * map.getFeatureState({ source: 'villages', sourceLayer: 'kabupaten', id: '11.01' }).p; // => 0.5
 */
export function applyShares(map: maplibregl.Map, source: string, shares: LociShares): void {
  for (const [sourceLayer, values] of [
    ['kabupaten', shares.kabupaten],
    ['kecamatan', shares.kecamatan],
  ] as const) {
    for (const [id, p] of values) map.setFeatureState({ source, sourceLayer, id }, { p });
  }
}
