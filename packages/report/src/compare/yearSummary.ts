import { formatDecimal } from '../format/formatDecimal.ts';
import type { YearComparison } from './types.ts';

/**
 * Summary sentences of a year-over-year comparison: how many loci stayed, entered and left (and
 * how many left because their need fell), the agreement of the rankings, and whether the
 * scenario changed. O(changes).
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
 * yearSummary(comparison, 'id')[0]; // => '0 dari 1 lokus tahun 2025 tetap menjadi lokus tahun 2026; 1 masuk, 1 keluar.'
 */
export function yearSummary(c: Omit<YearComparison, 'summary'>, lang: 'id' | 'en'): string[] {
  const id = lang === 'id';
  const py = c.previousYear ?? (id ? 'lalu' : 'last year');
  const cy = c.currentYear ?? (id ? 'ini' : 'this year');
  const a = c.agreement;
  const graduates = c.left.filter((x) => x.cause === 'need-fell').length;
  const f2 = (x: number) => formatDecimal(x, { lang, digits: 2 });
  const lines = [
    id
      ? `${a.overlap} dari ${a.previousLoci} lokus tahun ${py} tetap menjadi lokus tahun ${cy}; ${c.entered.length} masuk, ${c.left.length} keluar.`
      : `${a.overlap} of ${a.previousLoci} loci of ${py} remain loci in ${cy}; ${c.entered.length} entered, ${c.left.length} left.`,
  ];
  if (graduates > 0)
    lines.push(
      id
        ? `${graduates} desa/kelurahan keluar karena kebutuhannya turun.`
        : `${graduates} left because their need fell.`,
    );
  lines.push(
    id
      ? `Kesamaan: indeks Jaccard ${f2(a.jaccard)}; korelasi peringkat Spearman ${f2(a.spearman)}, Kendall ${f2(a.kendallTauB)} (${a.rankedInBoth} desa/kelurahan berperingkat di kedua tahun).`
      : `Agreement: Jaccard index ${f2(a.jaccard)}; rank correlation Spearman ${f2(a.spearman)}, Kendall ${f2(a.kendallTauB)} (${a.rankedInBoth} villages ranked in both years).`,
  );
  if (!c.sameScenario)
    lines.push(id ? 'Skenario berbeda dari tahun lalu.' : "The scenario differs from last year's.");
  if (c.appeared.length + c.vanished.length > 0)
    lines.push(
      id
        ? `Kode desa baru: ${c.appeared.length}; kode yang hilang: ${c.vanished.length}.`
        : `New village codes: ${c.appeared.length}; vanished codes: ${c.vanished.length}.`,
    );
  return lines;
}
