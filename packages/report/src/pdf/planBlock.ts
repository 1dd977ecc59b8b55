import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexPlan } from '../annex/types.ts';
import { keepTogether } from './keepTogether.ts';

const WIDTHS: Record<AnnexPlan['columns'][number]['key'], number | '*'> = {
  village: 120,
  programmes: 34,
  agencies: '*',
  budget: 62,
  perPoor: 50,
  unaddressed: 80,
};

/**
 * The section "Rencana aksi pada lokus": its paragraphs, one table row per locus (a locus no
 * programme reaches is set in bold on a light shade), the header repeated on every page, then the
 * agency ↔ village pairs in words when an assignment was given.
 *
 * @example
 * const paragraphs = ['Rencana aksi menjangkau 1 dari 1 lokus.', 'Anggaran Rp50.000.000.'];
 * planBlock({ title: 'Rencana aksi pada lokus', paragraphs, columns: [], loci: [], assignment: null }).length;
 * // => 2 (the title kept with the first paragraph, then the second)
 */
export function planBlock(section: AnnexPlan): Content[] {
  const title: Content = { text: section.title, style: 'section', margin: [0, 12, 0, 6] };
  const [first, ...rest] = section.paragraphs.map(
    (p): Content => ({ text: p, margin: [0, 0, 0, 4] }),
  );
  const content: Content[] = [keepTogether(title, first ?? ''), ...rest];
  if (section.loci.length > 0) {
    const head = section.columns.map((c) => ({ text: c.label, style: 'tableHeader' }));
    const rows = section.loci.map((l) =>
      section.columns.map(
        (c): Content => ({
          text: l[c.key],
          alignment: c.align,
          bold: l.uncovered,
          ...(l.uncovered ? { fillColor: '#eeeeee' } : {}),
        }),
      ),
    );
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: section.columns.map((c) => WIDTHS[c.key]),
        body: [head, ...rows],
      },
      layout: {
        hLineWidth: (i) => (i === 1 ? 1 : i > 1 ? 0.4 : 0),
        vLineWidth: () => 0,
        hLineColor: (i) => (i === 1 ? '#000000' : '#aaaaaa'),
        paddingLeft: (i) => (i === 0 ? 0 : 4),
      },
      fontSize: 7.5,
      margin: [0, 4, 0, 0],
    });
  }
  if (section.assignment !== null) {
    content.push(
      { text: section.assignment.title, style: 'section', margin: [0, 10, 0, 4] },
      { ol: section.assignment.rows.map((r) => ({ text: r })), fontSize: 8 },
    );
  }
  return content;
}
