/**
 * The print view of the loci annex (A4): the map, the numbered loci grouped by kecamatan with
 * the reason for each, the scenario in words and, when the robustness layer is on, the borderline
 * villages and why. Its content is `@lokus/report`'s `buildAnnex`
 * (made in the worker); this module only lays it out. Under `@media print` it is the only thing on
 * the page, so Ctrl+P prints the annex and not the controls; on screen it is hidden.
 */
import type { AnnexColumn, AnnexContent, AnnexLocus } from '@lokus/report';
import { h, replace } from '../dom.ts';
import { printPlan } from '../plan/printPlan.ts';
import { printRobustness } from './printRobustness.ts';

/** The annex content the print view lays out. */
export type PrintAnnex = AnnexContent;

/** The text of one column of a locus row. */
function cellText(row: AnnexLocus, key: AnnexColumn['key']): string {
  if (key === 'no') return String(row.no);
  if (key === 'kind') return row.kindLabel;
  if (key === 'score') return row.scoreText;
  if (key === 'rank') return row.rankText;
  if (key === 'kecamatan') return row.kecamatan;
  return row[key];
}

const PRINT_CSS = `
@media screen { #print-annex { display: none !important; } }
@media print {
  @page { size: A4 portrait; margin: 14mm 14mm 16mm; }
  body > :not(#print-annex) { display: none !important; }
  #print-annex { display: block; font: 10pt/1.35 system-ui, sans-serif; color: #000; }
  #print-annex h1 { font-size: 15pt; margin: 0 0 2mm; }
  #print-annex h2 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
  #print-annex .annex-map { width: 100%; max-height: 150mm; object-fit: contain; }
  #print-annex table { width: 100%; border-collapse: collapse; }
  #print-annex th, #print-annex td { border: 0.3pt solid #777; padding: 0.8mm 1.5mm; vertical-align: top; }
  #print-annex th { background: #eee; text-align: left; }
  #print-annex thead { display: table-header-group; }
  #print-annex tr { break-inside: avoid; }
  #print-annex .kec-row td { background: #f3f3f3; font-weight: 600; }
  #print-annex td.num { text-align: right; white-space: nowrap; }
  #print-annex .scenario { break-before: page; }
}`;

/** Adds the print style sheet once. */
function ensureStyle(): void {
  if (document.getElementById('print-annex-style')) return;
  const style = document.createElement('style');
  style.id = 'print-annex-style';
  style.textContent = PRINT_CSS;
  document.head.append(style);
}

/** The numbered loci table, one header row per kecamatan. */
function lociTable(loci: PrintAnnex['loci']): HTMLElement {
  const cols = loci.columns.filter((c) => c.key !== 'kecamatan');
  const cell = (row: AnnexLocus, c: AnnexColumn) =>
    h('td', c.align === 'right' ? { class: 'num' } : {}, cellText(row, c.key));
  return h(
    'table',
    { class: 'annex-loci' },
    h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', {}, c.label)))),
    h(
      'tbody',
      {},
      ...loci.groups.flatMap((g) => [
        h('tr', { class: 'kec-row' }, h('td', { colspan: String(cols.length) }, g.name)),
        ...g.loci.map((row) =>
          h('tr', { 'data-code': row.code }, ...cols.map((c) => cell(row, c))),
        ),
      ]),
    ),
  );
}

/** The scenario in words: paragraphs, indicators with direction and weight, the rules. */
function scenarioPart(s: PrintAnnex['scenario']): HTMLElement {
  return h(
    'section',
    { class: 'scenario' },
    h('h2', {}, `${s.title}: ${s.name}`),
    ...s.paragraphs.map((p) => h('p', {}, p)),
    h(
      'ul',
      {},
      ...s.indicators.map((i) =>
        h('li', {}, `${i.name}${i.unit ? ` (${i.unit})` : ''} — ${i.direction}, ${i.weightText}`),
      ),
    ),
    h('ul', {}, ...s.rules.map((r) => h('li', {}, r))),
  );
}

/**
 * Writes the annex into the page's print section (made on first use); returns the section. The
 * map is a data URL, `''` for a picture filled in at print time, or `null` for none.
 */
export function renderPrintAnnex(annex: PrintAnnex, mapImage: string | null): HTMLElement {
  ensureStyle();
  let section = document.getElementById('print-annex');
  if (!section) {
    section = h('section', { id: 'print-annex', 'aria-hidden': 'true' });
    document.body.append(section);
  }
  const place = [annex.heading.district.name, annex.heading.year].filter(Boolean).join(', ');
  replace(
    section,
    h('h1', {}, annex.heading.title),
    place ? h('p', { class: 'annex-place' }, place) : null,
    h('h2', {}, annex.map.title),
    mapImage === null
      ? null
      : h('img', {
          class: 'annex-map',
          ...(mapImage ? { src: mapImage } : {}),
          alt: annex.map.title,
        }),
    h('h2', {}, annex.loci.title),
    lociTable(annex.loci),
    h('p', { class: 'annex-total' }, annex.loci.totalText),
    ...annex.loci.notes.map((n) => h('p', { class: 'annex-note' }, n)),
    scenarioPart(annex.scenario),
    annex.robustness ? printRobustness(annex.robustness) : null,
    annex.plan ? printPlan(annex.plan) : null,
    h('p', { class: 'annex-sources' }, annex.sources.attributions.join(' · ')),
    annex.sources.outside ? h('p', { class: 'annex-outside' }, annex.sources.outside) : null,
  );
  return section;
}
