/**
 * Colours of the map and its legend, from d3-scale-chromatic (colour-blind-safe ColorBrewer
 * schemes: YlOrRd sequential, RdBu diverging). Each builder returns the MapLibre expression that
 * reads feature-state and the legend entries that describe it.
 */

import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolateRdBu, interpolateYlOrRd, schemeYlOrRd } from 'd3-scale-chromatic';
import type { ExpressionSpecification } from 'maplibre-gl';
import { fmt, t, tk } from '../i18n/index.ts';

export const NO_DATA = '#d4d4d4';
/** Feature-state value meaning "no value" (feature-state cannot hold NaN). */
export const MISSING = -1e300;
export const SELECTED = '#b2182b';
export const NOT_SELECTED = '#f2efe9';
export const LISA_COLOURS = ['#00000000', '#d7191c', '#abd9e9', '#2c7bb6', '#fdae61'] as const;

export interface LegendItem {
  readonly colour: string;
  readonly label: string;
}

export interface Legend {
  readonly title: string;
  /** What the colours mean, e.g. the direction ("makin tinggi makin prioritas") and the scale. */
  readonly notes?: readonly string[];
  readonly items: readonly LegendItem[];
  /** For continuous ramps: the CSS gradient and its end labels. */
  readonly ramp?: { readonly gradient: string; readonly low: string; readonly high: string };
}

/** What core says the colours mean (`mapLegend` of `@lokus/core`): title, direction and scale. */
export interface LegendMeaning {
  readonly title: string;
  readonly direction: string;
  readonly scale: string | null;
}

/** The legend notes: core's direction and scale when given, else the UI's wording; the outline. */
function notesOf(meaning: LegendMeaning | undefined, fallback: string): string[] {
  const head = meaning ? [meaning.direction, meaning.scale ?? ''] : [fallback];
  return [...head.filter(Boolean), t('legendLocusOutline')];
}

export interface Paint {
  readonly fill: ExpressionSpecification | string;
  readonly legend: Legend;
}

/** The k colours of the class scheme, light (low score) to dark (high priority). */
export function classColours(k: number): string[] {
  if (k >= 3 && k <= 9) return [...(schemeYlOrRd[k] ?? [])];
  return Array.from({ length: k }, (_, i) => interpolateYlOrRd(k === 1 ? 1 : i / (k - 1)));
}

const has = (key: string): ExpressionSpecification => [
  '!=',
  ['coalesce', ['feature-state', key], -1e300],
  -1e300,
];

/** Classes: `match` on feature-state `c`. */
export function classPaint(
  bins: readonly number[],
  labels: readonly string[] | undefined,
  meaning?: LegendMeaning,
): Paint {
  const k = bins.length;
  const colours = classColours(k);
  const fill: ExpressionSpecification = [
    'match',
    ['coalesce', ['feature-state', 'c'], -1],
    ...colours.flatMap((c, i) => [i, c] as [number, string]),
    NO_DATA,
  ] as unknown as ExpressionSpecification;
  const items = colours.map((colour, i) => ({
    colour,
    label: labels?.[i] ?? `${i === 0 ? '' : `> ${fmt(bins[i - 1]!)} `}≤ ${fmt(bins[i]!)}`,
  }));
  return {
    fill: k === 0 ? NO_DATA : fill,
    legend: {
      title: meaning?.title ?? `${t('score')} (${t('fillClass')})`,
      notes: notesOf(meaning, t('legendHigherPriority')),
      items: [...items.reverse(), { colour: NO_DATA, label: t('noData') }],
    },
  };
}

function ramp(
  key: string,
  domain: readonly [number, number],
  interpolate: (t: number) => string,
  title: string,
  lowLabel: string,
  highLabel: string,
  notes: readonly string[] = [],
): Paint {
  const [d0, d1] = domain;
  const scale = scaleSequential(interpolate).domain([d0, d1]);
  const stops: (number | string)[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const v = d0 + ((d1 - d0) * i) / steps;
    stops.push(v, scale(v));
  }
  const sorted = d0 <= d1 ? stops : reversePairs(stops);
  const fill =
    d0 === d1
      ? (['case', has(key), scale(d0), NO_DATA] as ExpressionSpecification)
      : ([
          'case',
          has(key),
          ['interpolate', ['linear'], ['feature-state', key], ...sorted],
          NO_DATA,
        ] as unknown as ExpressionSpecification);
  const colours = Array.from({ length: steps + 1 }, (_, i) => scale(d0 + ((d1 - d0) * i) / steps));
  return {
    fill,
    legend: {
      title,
      notes,
      items: [{ colour: NO_DATA, label: t('noData') }],
      ramp: {
        gradient: `linear-gradient(to right, ${colours.join(', ')})`,
        low: lowLabel,
        high: highLabel,
      },
    },
  };
}

function reversePairs(stops: (number | string)[]): (number | string)[] {
  const out: (number | string)[] = [];
  for (let i = stops.length - 2; i >= 0; i -= 2) out.push(stops[i]!, stops[i + 1]!);
  return out;
}

/** Rank: rank 1 darkest. */
export function rankPaint(rankedCount: number): Paint {
  const n = Math.max(rankedCount, 1);
  return ramp('r', [n, 1], interpolateYlOrRd, t('rank'), `${fmt(n, 0)}`, '1', [
    t('legendRankPriority'),
    t('legendLocusOutline'),
  ]);
}

/** Score: highest darkest. */
export function scorePaint(min: number, max: number, meaning?: LegendMeaning): Paint {
  const lo = Number.isFinite(min) ? min : 0;
  const hi = Number.isFinite(max) ? max : 1;
  const title = meaning?.title ?? t('score');
  return ramp(
    's',
    [lo, hi],
    interpolateYlOrRd,
    title,
    fmt(lo),
    fmt(hi),
    notesOf(meaning, t('legendHigherPriority')),
  );
}

/** Selection: loci in dark red. */
export function selectionPaint(): Paint {
  return {
    fill: [
      'match',
      ['coalesce', ['feature-state', 'sel'], -1],
      1,
      SELECTED,
      0,
      NOT_SELECTED,
      NO_DATA,
    ],
    legend: {
      title: t('fillSelection'),
      notes: [t('legendLocusOutline')],
      items: [
        { colour: SELECTED, label: t('selected') },
        { colour: NOT_SELECTED, label: t('notSelected') },
        { colour: NO_DATA, label: t('noData') },
      ],
    },
  };
}

/** Rank change B − A, diverging: moved up (negative shift) red, moved down blue. */
export function changePaint(maxAbs: number): Paint {
  const m = Math.max(maxAbs, 1);
  const scale = scaleDiverging(interpolateRdBu).domain([-m, 0, m]);
  const stops: (number | string)[] = [];
  for (let i = -4; i <= 4; i++) stops.push((m * i) / 4, scale((m * i) / 4));
  const colours = Array.from({ length: 9 }, (_, i) => scale((m * (i - 4)) / 4));
  return {
    fill: [
      'case',
      has('d'),
      ['interpolate', ['linear'], ['feature-state', 'd'], ...stops],
      NO_DATA,
    ] as unknown as ExpressionSpecification,
    legend: {
      title: t('fillChange'),
      notes: [t('legendChangeNote'), t('legendLocusOutline')],
      items: [
        { colour: colours[0]!, label: `▲ ${t('rankUp')} ${fmt(m, 0)}` },
        { colour: colours[4]!, label: '0' },
        { colour: colours[8]!, label: `▼ ${t('rankDown')} ${fmt(m, 0)}` },
        { colour: NO_DATA, label: t('noData') },
      ],
      ramp: {
        gradient: `linear-gradient(to right, ${colours.join(', ')})`,
        low: `▲ ${t('rankUp')}`,
        high: `▼ ${t('rankDown')}`,
      },
    },
  };
}

/** Overlay outline colours: LISA categories or Gi* hot/cold spots (feature-state `o`). */
export function overlayPaint(kind: 'lisa' | 'hotspot'): {
  readonly line: ExpressionSpecification;
  readonly legend: Legend;
} {
  if (kind === 'lisa') {
    return {
      line: [
        'match',
        ['coalesce', ['feature-state', 'o'], 0],
        1,
        LISA_COLOURS[1],
        2,
        LISA_COLOURS[2],
        3,
        LISA_COLOURS[3],
        4,
        LISA_COLOURS[4],
        'rgba(0,0,0,0)',
      ],
      legend: {
        title: t('overlayLisa'),
        items: [1, 2, 3, 4].map((i) => ({ colour: LISA_COLOURS[i]!, label: tk(`lisa_${i}`) })),
      },
    };
  }
  return {
    line: [
      'match',
      ['coalesce', ['feature-state', 'o'], 0],
      1,
      '#d7191c',
      -1,
      '#2c7bb6',
      'rgba(0,0,0,0)',
    ],
    legend: {
      title: t('overlayHotspot'),
      items: [
        { colour: '#d7191c', label: tk('hot_1') },
        { colour: '#2c7bb6', label: tk('hot_-1') },
      ],
    },
  };
}
