/**
 * The zoomed-out colours of the national map: each kabupaten and kecamatan coloured by the share
 * of its villages that are loci in the run shown. A count of the worker's selection per area,
 * no scoring; written as feature-state of the tiles' `kabupaten` and `kecamatan` layers.
 */
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

/** Each row's kabupaten and kecamatan as an index into their keys (per table, kept). */
interface Groups {
  readonly kecamatan: readonly string[];
  readonly kabOf: Int32Array;
  readonly kabKeys: readonly string[];
  readonly kecOf: Int32Array;
  readonly kecKeys: readonly string[];
}

/** Groups per code column: a re-score counts with typed arrays, without a string per village. */
const groupsByCodes = new WeakMap<readonly string[], Groups>();

function indexOf(n: number, key: (row: number) => string): [Int32Array, string[]] {
  const of = new Int32Array(n);
  const keys: string[] = [];
  const seen = new Map<string, number>();
  for (let row = 0; row < n; row++) {
    const k = key(row);
    let g = seen.get(k);
    if (g === undefined) {
      g = keys.length;
      seen.set(k, g);
      keys.push(k);
    }
    of[row] = g;
  }
  return [of, keys];
}

function groupsOf(codes: readonly string[], kecamatan: readonly string[]): Groups {
  const kept = groupsByCodes.get(codes);
  if (kept && kept.kecamatan === kecamatan) return kept;
  const [kabOf, kabKeys] = indexOf(codes.length, (row) => codes[row]!.slice(0, 5));
  const [kecOf, kecKeys] = indexOf(codes.length, (row) => kecamatan[row]!);
  const groups = { kecamatan, kabOf, kabKeys, kecOf, kecKeys };
  groupsByCodes.set(codes, groups);
  return groups;
}

/**
 * The share of loci of every kabupaten (first five characters of the code, `PP.KK`) and
 * kecamatan, over the table's villages with a rank (the ones the run could pick); areas in the
 * order their first ranked village comes. The grouping is made once per table.
 *
 * @example
 * lociShares(['11.01.01.1001', '11.01.01.1002'], ['11.01.01', '11.01.01'], [1, 0], [1, 2]).kabupaten.get('11.01');
 * // => 0.5
 */
export function lociShares(
  codes: readonly string[],
  kecamatan: readonly string[],
  selected: ArrayLike<number>,
  rank: ArrayLike<number>,
): LociShares {
  const g = groupsOf(codes, kecamatan);
  const count = (of: Int32Array, keys: readonly string[]): Map<string, number> => {
    const all = new Int32Array(keys.length);
    const loci = new Int32Array(keys.length);
    const order: number[] = [];
    for (let row = 0; row < codes.length; row++) {
      if (!Number.isFinite(rank[row]!)) continue;
      const k = of[row]!;
      if (all[k] === 0) order.push(k);
      all[k] = all[k]! + 1;
      if (selected[row] === 1) loci[k] = loci[k]! + 1;
    }
    const share = new Map<string, number>();
    for (const k of order) share.set(keys[k]!, loci[k]! / all[k]!);
    return share;
  };
  return { kabupaten: count(g.kabOf, g.kabKeys), kecamatan: count(g.kecOf, g.kecKeys) };
}

/**
 * Writes the shares as feature-state `p` of the tiles' `kabupaten` and `kecamatan` layers of
 * the map's vector source `source`.
 *
 * @example
 * applyShares(map, 'villages', lociShares(codes, kecamatan, selected, rank));
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
