import type { ScenarioResult } from '../result.ts';
import { formatNumber } from '../select/formatNumber.ts';
import { scoreScale } from './scoreScale.ts';

/** One class of the map legend. */
export interface LegendClass {
  /** 0-based class index, as in `Classification.classOf`. */
  readonly index: number;
  /** Lowest value in the class (the smallest classified value for the first class). */
  readonly lower: number;
  /** Inclusive upper bound. */
  readonly upper: number;
  /** Villages in the class. */
  readonly count: number;
  /** Bounds as shown, e.g. `12,3 – 25,0`, or the class name (IDM status). */
  readonly label: string;
}

/** Everything a map legend shows, worded and formatted; the viewer computes nothing. */
export interface MapLegend {
  /** What is coloured: `Skor prioritas` or the indicator's label and unit. */
  readonly title: string;
  /** How to read the colours, e.g. `Makin tinggi makin prioritas`. */
  readonly direction: string;
  /** The score's range in words, e.g. `Skala 0–100`, or `null` when it has none. */
  readonly scale: string | null;
  /** Classes from low to high. */
  readonly classes: readonly LegendClass[];
  /** Villages with no class (no score or no value), and how to say it. */
  readonly unclassified: { readonly count: number; readonly label: string };
  /** Selected loci, and how to say it. */
  readonly loci: { readonly count: number; readonly label: string };
}

/** Options of {@link mapLegend}. */
export interface MapLegendOptions {
  /** Language and number format (default `id`: `id-ID`, decimal comma). */
  readonly locale?: 'id' | 'en';
}

const TEXT = {
  id: {
    score: 'Skor prioritas',
    priority: 'Makin tinggi makin prioritas',
    worse: 'Makin tinggi makin membutuhkan',
    better: 'Makin tinggi makin baik (makin rendah makin prioritas)',
    scale: 'Skala',
    none: 'Tanpa skor/data',
    loci: 'Lokus terpilih',
  },
  en: {
    score: 'Priority score',
    priority: 'Higher means higher priority',
    worse: 'Higher means more need',
    better: 'Higher is better (lower means higher priority)',
    scale: 'Scale',
    none: 'No score/data',
    loci: 'Selected loci',
  },
} as const;

/**
 * The legend of a result's map classes: each class's bounds formatted for the locale
 * (`12,3 – 25,0`; IDM status names for `idm-status`), its count, the title (score or indicator),
 * how to read the colours ("makin tinggi makin prioritas"), the score's scale where the method
 * fixes one ({@link scoreScale}), and the counts of unclassified villages and of loci. Bounds are
 * shown with enough decimals to tell the classes apart (at most 4). O(n).
 *
 * @throws When the result did not run (`stages` is null).
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', values: { d1: 40 } }, { code: '33.21.01.2002', values: { d1: 10 } },
 *   { code: '33.21.01.2003', values: { d1: 25 } },
 * ]);
 * const result = runScenario(table, { name: 'A', indicators: [{ id: 'd1', label: { id: 'KK desil 1', en: 'Desil 1' }, kind: 'count', direction: 'higher-is-worse' }], classify: { scheme: 'equal-interval', k: 2 }, select: { mode: 'top-n', n: 1 } });
 * mapLegend(result).classes.map((c) => c.label); // => ['0 – 50', '50 – 100']
 * mapLegend(result).scale; // => 'Skala 0–100'
 */
export function mapLegend(result: ScenarioResult, options: MapLegendOptions = {}): MapLegend {
  const { locale = 'id' } = options;
  const stages = result.stages;
  if (stages === null) throw new Error('mapLegend requires a result that ran (stages is null)');
  const t = TEXT[locale];
  const { classes } = stages;
  const field = result.scenario.classify.field;
  const values =
    field === undefined
      ? stages.aggregated.score
      : (stages.raw[field] ?? result.table.columns[field]);
  let min = Number.POSITIVE_INFINITY;
  let unclassified = 0;
  for (let i = 0; i < classes.classOf.length; i++) {
    if (classes.classOf[i]! < 0) unclassified++;
    else if (values !== undefined && values[i]! < min) min = values[i]!;
  }
  const digits = legendDigits([min, ...classes.bins]);
  const fmt = (x: number): string => formatFixed(x, locale, digits);
  const legendClasses = classes.bins.map((upper, k): LegendClass => {
    const lower = k === 0 ? min : classes.bins[k - 1]!;
    const label =
      classes.labels?.[k] ?? `${fmt(Number.isFinite(lower) ? lower : upper)} – ${fmt(upper)}`;
    return { index: k, lower, upper, count: classes.counts[k] ?? 0, label };
  });
  let loci = 0;
  for (const s of stages.selected.selected) loci += s;
  const meta = result.scenario.indicators.find((ind) => ind.id === field);
  const range = field === undefined ? scoreScale(result.scenario) : null;
  return {
    title: field === undefined ? t.score : titleOf(meta?.label[locale] ?? field, meta?.unit),
    direction:
      field === undefined
        ? t.priority
        : meta?.direction === 'higher-is-better'
          ? t.better
          : t.worse,
    scale:
      range === null
        ? null
        : `${t.scale} ${formatNumber(range[0], locale)}–${formatNumber(range[1], locale)}`,
    classes: legendClasses,
    unclassified: { count: unclassified, label: t.none },
    loci: { count: loci, label: t.loci },
  };
}

const titleOf = (label: string, unit: string | undefined): string =>
  unit === undefined || unit === '' ? label : `${label} (${unit})`;

/**
 * Decimals for the bounds (0 to 4): enough to tell them apart and to suit their span, one more
 * when that shows round bounds exactly (0,25 rather than 0,3).
 */
function legendDigits(bounds: readonly number[]): number {
  const finite = bounds.filter((b) => Number.isFinite(b));
  let distinct = 4;
  for (let d = 0; d < 4; d++) {
    if (new Set(finite.map((b) => b.toFixed(d))).size === new Set(finite).size) {
      distinct = d;
      break;
    }
  }
  const base = Math.max(distinct, spanDigits(finite));
  const exact = finite.every((b) => Number(b.toFixed(base + 1)) === b);
  return exact && !finite.every((b) => Number(b.toFixed(base)) === b) ? base + 1 : base;
}

/** At least one decimal for spans under 100, two under 1, so similar legends look alike. */
function spanDigits(bounds: readonly number[]): number {
  const span = Math.max(...bounds) - Math.min(...bounds);
  return span >= 100 || bounds.every(Number.isInteger) ? 0 : span >= 1 ? 1 : 2;
}

/** A number with exactly `digits` decimals and the locale's decimal mark (`-0` as `0`). */
function formatFixed(x: number, locale: 'id' | 'en', digits: number): string {
  let s = x.toFixed(digits);
  if (/^-0(\.0*)?$/.test(s)) s = s.slice(1);
  return locale === 'id' ? s.replace('.', ',') : s;
}
