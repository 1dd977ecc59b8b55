import type { YearChange, YearComparison } from '../compare/types.ts';
import { formatDecimal } from '../format/formatDecimal.ts';
import type { AnnexChange, AnnexChanges, AnnexLang } from './types.ts';

/**
 * The annex section "changes from last year" from a year-over-year comparison: the summary
 * sentences, the villages that entered and left with their reasons in words, and the agreement
 * figures (loci kept, Jaccard, Spearman, Kendall) as labelled values. O(changes).
 *
 * @example
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const names = ['Sukamaju', 'Sukamundur', 'Karanganyar'];
 * const year = (y, values) => runScenario(
 *   createTable(names.map((name, i) => ({ code: `33.21.01.200${i + 1}`, name, values: { d1: values[i] } }))).table,
 *   { name: 'Contoh', year: y, indicators: [d1], select: { mode: 'top-n', n: 1 } },
 * );
 * // Sukamaju, the 2025 locus, has far fewer desil-1 households in 2026.
 * const comparison = compareYears(year(2026, [12, 10, 25]), toResultRecord(year(2025, [40, 10, 25])));
 * changesSection(comparison, 'id').title; // => 'Perubahan dari tahun 2025'
 */
export function changesSection(c: YearComparison, lang: AnnexLang): AnnexChanges {
  const id = lang === 'id';
  const change = (x: YearChange): AnnexChange => ({
    code: x.code,
    name: x.name,
    kecamatan: x.kecamatanName || x.kecamatan,
    reason: x.text,
  });
  const f2 = (x: number) => formatDecimal(x, { lang, digits: 2 });
  const a = c.agreement;
  const kept = a.previousLoci === 0 ? null : a.overlap / a.previousLoci;
  return {
    title: id
      ? `Perubahan dari tahun ${c.previousYear ?? 'lalu'}`
      : `Changes from ${c.previousYear ?? 'last year'}`,
    previousYear: c.previousYear,
    summary: c.summary,
    entered: c.entered.map(change),
    left: c.left.map(change),
    agreement: [
      {
        label: id ? 'Tetap menjadi lokus' : 'Loci kept',
        value: kept,
        text: id ? `${a.overlap} dari ${a.previousLoci}` : `${a.overlap} of ${a.previousLoci}`,
      },
      {
        label: id ? 'Indeks Jaccard lokus' : 'Jaccard index of the loci',
        value: a.jaccard,
        text: f2(a.jaccard),
      },
      {
        label: id ? 'Korelasi peringkat Spearman' : 'Spearman rank correlation',
        value: a.spearman,
        text: f2(a.spearman),
      },
      {
        label: id ? 'Korelasi peringkat Kendall' : 'Kendall rank correlation',
        value: a.kendallTauB,
        text: f2(a.kendallTauB),
      },
    ],
  };
}
