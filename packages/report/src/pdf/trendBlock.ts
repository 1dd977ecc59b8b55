import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexLang, AnnexTrend, AnnexTrendVillage } from '../annex/types.ts';
import { headedList, keepTogether } from './keepTogether.ts';
import type { PdfLabels } from './pdfLabels.ts';
import { trendChart } from './trendChart.ts';

function villages(title: string, list: readonly AnnexTrendVillage[], labels: PdfLabels): Content[] {
  const items = list.map((v) => `${v.name} (${v.code}), ${v.kecamatan}: ${v.text}`);
  const heading: Content = { text: `${title} (${list.length})`, bold: true, margin: [0, 6, 0, 2] };
  return headedList(heading, items, { text: labels.none, italics: true });
}

/**
 * The multi-year trend: paragraphs, one small vector chart per series (two per row), the
 * villages that graduated (with the rule that defines graduating) and those that stayed loci.
 *
 * @param width - Text width of the page in points.
 * @example
 * trendBlock(
 *   { title: 'Tren', years: [2025], paragraphs: [], series: [], chartTitle: 'Grafik',
 *     graduates: [], graduateRule: 'Aturan', stayed: [] },
 *   PDF_LABELS.id, 'id', 450,
 * ).length;
 * // => 4
 */
export function trendBlock(
  trend: AnnexTrend,
  labels: PdfLabels,
  lang: AnnexLang,
  width: number,
): Content[] {
  const title: Content = { text: trend.title, style: 'section', margin: [0, 12, 0, 6] };
  const [first, ...rest] = trend.paragraphs.map(
    (p): Content => ({ text: p, margin: [0, 0, 0, 4] }),
  );
  const content: Content[] = [keepTogether(title, first ?? ''), ...rest];
  const chartWidth = (width - 20) / 2;
  let chartTitle: Content | null = { text: trend.chartTitle, bold: true, margin: [0, 4, 0, 4] };
  for (let i = 0; i < trend.series.length; i += 2) {
    const pair = trend.series.slice(i, i + 2).map((s) => ({
      width: chartWidth,
      stack: [trendChart(s, trend.years, { width: chartWidth, height: 70, lang })],
    }));
    const row: Content = { columns: pair, columnGap: 20, margin: [0, 0, 0, 8] };
    content.push(chartTitle === null ? row : keepTogether(chartTitle, row));
    chartTitle = null;
  }
  content.push(...villages(labels.graduates, trend.graduates, labels));
  content.push({ text: trend.graduateRule, fontSize: 7.5, italics: true, margin: [0, 2, 0, 0] });
  content.push(...villages(labels.stayed, trend.stayed, labels));
  return content;
}
