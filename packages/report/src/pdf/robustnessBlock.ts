import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexBorderline, AnnexRobustness } from '../annex/types.ts';
import { keepTogether } from './keepTogether.ts';

/** The cell of one column for a borderline village. */
function cell(v: AnnexBorderline, key: AnnexRobustness['columns'][number]['key']): Content {
  switch (key) {
    case 'code':
      return { text: v.code, noWrap: true };
    case 'name':
      return { text: v.name };
    case 'kecamatan':
      return { text: v.kecamatan };
    case 'baseLocus':
      return { text: v.baseLocusText };
    case 'probability':
      return { text: v.probabilityText, alignment: 'right' };
    case 'rank':
      return { text: v.rankText, alignment: 'center', noWrap: true };
    default:
      return { text: v.reason };
  }
}

const WIDTHS: Record<AnnexRobustness['columns'][number]['key'], number | '*'> = {
  code: 56,
  name: 62,
  kecamatan: 54,
  baseLocus: 34,
  probability: 32,
  rank: 38,
  reason: '*',
};

/**
 * The section "Desa borderline dan alasannya": its paragraphs (what was varied, the thresholds,
 * the counts, the choices that matter most) and one table row per borderline village with its
 * probability, 5th–95th percentile rank and the reason in words; the section's `empty` sentence
 * when no village is borderline. The table's header repeats on every page.
 *
 * @example
 * robustnessBlock({
 *   title: 'Desa borderline dan alasannya', thresholds: { stableLocus: 0.9, stableNonLocus: 0.1 },
 *   paragraphs: ['…'], columns: [], villages: [], empty: 'Tidak ada desa/kelurahan borderline.',
 * }).length;
 * // => 2
 */
export function robustnessBlock(section: AnnexRobustness): Content[] {
  const title: Content = { text: section.title, style: 'section', margin: [0, 12, 0, 6] };
  const [first, ...rest] = section.paragraphs.map(
    (p): Content => ({ text: p, margin: [0, 0, 0, 4] }),
  );
  const content: Content[] = [keepTogether(title, first ?? ''), ...rest];
  if (section.villages.length === 0) {
    content.push({ text: section.empty, italics: true });
    return content;
  }
  const head = section.columns.map((c) => ({ text: c.label, style: 'tableHeader' }));
  const rows = section.villages.map((v) => section.columns.map((c) => cell(v, c.key)));
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
  return content;
}
