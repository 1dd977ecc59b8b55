import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexChange, AnnexChanges, AnnexColumn, AnnexFigure } from '../annex/types.ts';
import { keepTogether } from './keepTogether.ts';
import type { PdfLabels } from './pdfLabels.ts';

/** Header text of a loci column, from the annex's own columns (`key` fallback). */
function header(columns: readonly AnnexColumn[], key: AnnexColumn['key']): string {
  return columns.find((c) => c.key === key)?.label ?? key;
}

function changeTable(
  title: string,
  changes: readonly AnnexChange[],
  columns: readonly AnnexColumn[],
  labels: PdfLabels,
): Content {
  const heading: Content = {
    text: `${title} (${changes.length})`,
    bold: true,
    margin: [0, 6, 0, 2],
  };
  if (changes.length === 0) return keepTogether(heading, { text: labels.none, italics: true });
  const head = (['code', 'name', 'kecamatan', 'reason'] as const).map((k) => ({
    text: header(columns, k),
    style: 'tableHeader',
  }));
  const rows = changes.map((c) => [
    { text: c.code, noWrap: true },
    { text: c.name },
    { text: c.kecamatan },
    { text: c.reason },
  ]);
  // The title is the first header row, so it repeats and never ends a page alone.
  const titleRow = [{ ...heading, colSpan: 4, border: [false, false, false, false] }, {}, {}, {}];
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [60, 80, 70, '*'],
      body: [titleRow, head, ...rows],
    },
    layout: {
      hLineWidth: (i) => (i === 2 ? 1 : i > 2 ? 0.4 : 0),
      vLineWidth: () => 0,
      hLineColor: (i) => (i === 2 ? '#000000' : '#aaaaaa'),
      paddingLeft: (i) => (i === 0 ? 0 : 4),
    },
    fontSize: 7.5,
  };
}

/** `label: text`, unless the text already starts with its label. */
function figureText(figure: AnnexFigure): string {
  return figure.text.startsWith(figure.label) ? figure.text : `${figure.label}: ${figure.text}`;
}

/**
 * Changes from last year: the summary, agreement figures, and the villages that entered and left
 * the loci with the reason in words.
 *
 * @param columns - The loci table's columns, whose headers the change tables reuse.
 * @example
 * changesBlock(
 *   { title: 'Perubahan', previousYear: 2025, summary: [], entered: [], left: [], agreement: [] },
 *   [],
 *   PDF_LABELS.id,
 * ).length;
 * // => 3
 */
export function changesBlock(
  changes: AnnexChanges,
  columns: readonly AnnexColumn[],
  labels: PdfLabels,
): Content[] {
  const title: Content = { text: changes.title, style: 'section', margin: [0, 12, 0, 6] };
  const [first, ...rest] = changes.summary.map((s): Content => ({ text: s, margin: [0, 0, 0, 4] }));
  const content: Content[] = [keepTogether(title, first ?? '')];
  content.push(...rest);
  if (changes.agreement.length > 0) content.push({ ul: changes.agreement.map(figureText) });
  content.push(changeTable(labels.entered, changes.entered, columns, labels));
  content.push(changeTable(labels.left, changes.left, columns, labels));
  return content;
}
