import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AnnexColumn, AnnexLociTable, AnnexLocus } from '../annex/types.ts';

const WIDTHS: Readonly<Record<AnnexColumn['key'], number | '*'>> = {
  no: 20,
  kecamatan: 66,
  name: 78,
  kind: 40,
  code: 60,
  score: 30,
  rank: 34,
  reason: '*',
};

function cell(locus: AnnexLocus, column: AnnexColumn): TableCell {
  const value: Record<AnnexColumn['key'], string> = {
    no: String(locus.no),
    kecamatan: locus.kecamatan,
    name: locus.name,
    kind: locus.kindLabel,
    code: locus.code,
    score: locus.scoreText,
    rank: locus.rankText,
    reason: locus.reason,
  };
  return { text: value[column.key], alignment: column.align, noWrap: column.key === 'code' };
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
        widths: table.columns.map((c) => WIDTHS[c.key]),
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
      fontSize: 7.5,
    },
    { text: table.totalText, bold: true, margin: [0, 6, 0, 0] },
  ];
  if (table.notes.length > 0) {
    content.push({ ul: [...table.notes], fontSize: 8, margin: [0, 4, 0, 0] });
  }
  return content;
}
