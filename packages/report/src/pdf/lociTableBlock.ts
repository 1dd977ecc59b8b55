import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AnnexColumn, AnnexLociTable, AnnexLocus } from '../annex/types.ts';
import { textWidth } from './textWidth.ts';

const FONT_SIZE = 7.5;
/** Columns that may wrap (long names) stop growing here; `reason` takes what is left. */
const MAX_WIDTH: Partial<Record<AnnexColumn['key'], number>> = { kecamatan: 70, name: 80 };

/**
 * Column widths from the widest header or cell (measured in the embedded font), so short
 * columns (number, code, score, rank) never wrap and the reason gets the rest of the line.
 */
function columnWidths(table: AnnexLociTable): (number | '*')[] {
  const loci = table.groups.flatMap((g) => g.loci);
  return table.columns.map((column) => {
    if (column.key === 'reason') return '*';
    let width = textWidth(column.label, FONT_SIZE, { bold: true });
    for (const locus of loci) width = Math.max(width, textWidth(text(locus, column), FONT_SIZE));
    return Math.ceil(Math.min(width + 1, MAX_WIDTH[column.key] ?? Infinity));
  });
}

function text(locus: AnnexLocus, column: AnnexColumn): string {
  switch (column.key) {
    case 'no':
      return String(locus.no);
    case 'kecamatan':
      return locus.kecamatan;
    case 'name':
      return locus.name;
    case 'kind':
      return locus.kindLabel;
    case 'code':
      return locus.code;
    case 'score':
      return locus.scoreText;
    case 'rank':
      return locus.rankText;
    case 'reason':
      return locus.reason;
  }
}

function cell(locus: AnnexLocus, column: AnnexColumn): TableCell {
  return { text: text(locus, column), alignment: column.align, noWrap: column.key === 'code' };
}

/**
 * The numbered loci table grouped by kecamatan: the header row repeats on every page, a row
 * never splits across pages, a heavier rule opens each kecamatan, and the total and notes
 * follow. Columns and their headers come from the annex content.
 *
 * @example
 * const block = lociTableBlock({
 *   title: 'Daftar', columns: [{ key: 'no', label: 'No', align: 'right' }], groups: [],
 *   total: 0, totalText: 'Jumlah: 0', notes: [],
 * });
 * block.length; // => 2
 */
export function lociTableBlock(table: AnnexLociTable): Content[] {
  const header: TableCell[] = table.columns.map((c) => ({
    text: c.label,
    style: 'tableHeader',
    alignment: 'center',
  }));
  const body: TableCell[][] = [header];
  const groupStarts = new Set<number>();
  for (const group of table.groups) {
    groupStarts.add(body.length);
    for (const locus of group.loci) body.push(table.columns.map((c) => cell(locus, c)));
  }
  const content: Content[] = [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: columnWidths(table),
        body,
      },
      layout: {
        hLineWidth: (i) => (i <= 1 || groupStarts.has(i) || i === body.length ? 0.9 : 0.3),
        vLineWidth: () => 0.3,
        hLineColor: (i) =>
          i <= 1 || groupStarts.has(i) || i === body.length ? '#333333' : '#aaaaaa',
        vLineColor: () => '#aaaaaa',
        fillColor: (i) => (i === 0 ? '#e8e8e8' : null),
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
      fontSize: FONT_SIZE,
    },
    { text: table.totalText, bold: true, margin: [0, 6, 0, 0] },
  ];
  if (table.notes.length > 0) {
    content.push({ ul: [...table.notes], fontSize: 8, margin: [0, 4, 0, 0] });
  }
  return content;
}
