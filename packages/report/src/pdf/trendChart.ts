import type { CanvasElement, Content } from 'pdfmake/interfaces.js';
import type { AnnexLang, AnnexSeries } from '../annex/types.ts';

const AXIS = 34;
const TEXT = 6.5;

/** Value range with zero included for non-negative data, so heights compare honestly. */
function range(values: readonly (number | null)[]): [number, number] | null {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return null;
  const lo = Math.min(0, ...finite);
  const hi = Math.max(...finite);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

/**
 * A small vector line chart of one series over the years (pdfmake canvas: axes, a line broken
 * at missing years, a dot per value), with the scale at the left and under each year its value.
 *
 * @param width - Chart width in points, axis labels included.
 * @example
 * const chart = trendChart(
 *   { id: 'loci', label: 'Jumlah lokus', unit: null, values: [25, 25, 24] },
 *   [2025, 2026, 2027],
 *   { width: 220, height: 80, lang: 'id' },
 * );
 * 'stack' in chart; // => true
 */
export function trendChart(
  series: AnnexSeries,
  years: readonly number[],
  options: { readonly width: number; readonly height: number; readonly lang: AnnexLang },
): Content {
  const { width, height, lang } = options;
  const format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  const title = series.unit ? `${series.label} (${series.unit})` : series.label;
  const r = range(series.values);
  const plotW = width - AXIS;
  const step = plotW / Math.max(years.length, 1);
  const x = (i: number) => (i + 0.5) * step;
  const y = (v: number) =>
    r === null ? height : height - ((v - r[0]) / (r[1] - r[0])) * (height - 6);
  const canvas: CanvasElement[] = [
    {
      type: 'line',
      x1: 0,
      y1: height,
      x2: plotW,
      y2: height,
      lineWidth: 0.6,
      lineColor: '#333333',
    },
    { type: 'line', x1: 0, y1: 0, x2: 0, y2: height, lineWidth: 0.6, lineColor: '#333333' },
    {
      type: 'line',
      x1: 0,
      y1: 6,
      x2: plotW,
      y2: 6,
      lineWidth: 0.3,
      lineColor: '#bbbbbb',
      dash: { length: 2 },
    },
  ];
  let run: { x: number; y: number }[] = [];
  const flush = () => {
    if (run.length > 1)
      canvas.push({ type: 'polyline', points: run, lineWidth: 1.2, lineColor: '#d73027' });
    run = [];
  };
  series.values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      flush();
      return;
    }
    run.push({ x: x(i), y: y(v) });
    canvas.push({ type: 'ellipse', x: x(i), y: y(v), r1: 1.8, r2: 1.8, color: '#d73027' });
  });
  flush();
  const axisLabels = r === null ? ['', ''] : [format.format(r[1]), format.format(r[0])];
  return {
    stack: [
      { text: title, bold: true, fontSize: 7.5, margin: [0, 0, 0, 3] },
      {
        columns: [
          {
            width: AXIS - 3,
            stack: [
              { text: axisLabels[0]!, margin: [0, 2, 0, 0] },
              { text: axisLabels[1]!, margin: [0, height - 2 - 2 * TEXT * 1.17 - 2, 0, 0] },
            ],
            alignment: 'right',
            fontSize: TEXT,
          },
          { width: 3, text: '' },
          { width: plotW, canvas },
        ],
        columnGap: 0,
      },
      {
        columns: [
          { width: AXIS, text: '' },
          ...years.map((year, i) => {
            const v = series.values[i];
            const value =
              v === null || v === undefined || !Number.isFinite(v) ? '–' : format.format(v);
            return {
              width: step,
              text: `${year}\n${value}`,
              alignment: 'center' as const,
              fontSize: TEXT,
            };
          }),
        ],
        columnGap: 0,
        margin: [0, 2, 0, 0],
      },
    ],
    unbreakable: true,
  };
}
