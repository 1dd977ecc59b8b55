import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexScenario } from '../annex/types.ts';
import { headedList } from './keepTogether.ts';
import type { PdfLabels } from './pdfLabels.ts';

/**
 * The scenario in plain words: its paragraphs, a table of indicators (name and unit, direction,
 * source and year, weight) and the selection rules as a list.
 *
 * @example
 * scenarioBlock(
 *   { title: 'Skenario', name: 'IDM', paragraphs: [], indicators: [], rules: [] },
 *   PDF_LABELS.id,
 * ).length;
 * // => 2
 */
export function scenarioBlock(scenario: AnnexScenario, labels: PdfLabels): Content[] {
  const content: Content[] = [
    { text: scenario.title, style: 'section', pageBreak: 'before', pageOrientation: 'portrait' },
    { text: scenario.name, bold: true, margin: [0, 0, 0, 4] },
  ];
  for (const p of scenario.paragraphs) content.push({ text: p, margin: [0, 0, 0, 5] });
  if (scenario.indicators.length > 0) {
    const header = [labels.indicator, labels.direction, labels.source, labels.weight].map(
      (text) => ({ text, style: 'tableHeader' }),
    );
    const rows = scenario.indicators.map((i) => [
      { text: i.unit ? `${i.name} (${i.unit})` : i.name },
      { text: i.direction },
      { text: i.source ?? '–' },
      { text: i.weightText, alignment: 'right' as const },
    ]);
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 90, 110, 40],
        body: [header, ...rows],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
      margin: [0, 4, 0, 8],
    });
  }
  if (scenario.rules.length > 0) {
    const heading: Content = { text: labels.rules, bold: true, margin: [0, 2, 0, 2] };
    content.push(...headedList(heading, scenario.rules, ''));
  }
  return content;
}
