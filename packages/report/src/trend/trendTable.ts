import { roundTo } from '../format/roundTo.ts';
import type { LociColumn, LociTable } from '../table/lociTable.ts';
import { REPORT_TEXT } from '../text/reportText.ts';
import type { Trend } from './types.ts';

/** Options of {@link trendTable}. */
export interface TrendTableOptions {
  /** Header language; Bahasa Indonesia by default. */
  readonly lang?: 'id' | 'en';
}

/**
 * The per-village trend as a table for the loci-table writers (`writeLociCsv`): code, name,
 * kecamatan, then for each year the rank, locus or not (`Ya`/`Tidak`, empty when the village is
 * absent that year) and the key indicators rounded to 2 decimals, then the number of years as a
 * locus and the year it graduated (empty if it did not). Villages in code order. O(n · years).
 *
 * @example
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const names = ['Sukamaju', 'Sukamundur', 'Karanganyar'];
 * const year = (y, values) => runScenario(
 *   createTable(names.map((name, i) => ({ code: `33.21.01.200${i + 1}`, name, values: { d1: values[i] } }))).table,
 *   { name: 'Contoh', year: y, indicators: [d1], select: { mode: 'top-n', n: 1 } },
 * );
 * const records = [[40, 10, 25], [12, 10, 25], [12, 30, 8]].map((v, k) => toResultRecord(year(2025 + k, v)));
 * trendTable(trend(records)).columns.slice(3, 5).map((c) => c.header); // => ['Peringkat 2025', 'Lokus 2025']
 */
export function trendTable(t: Trend, options: TrendTableOptions = {}): LociTable {
  const { lang = 'id' } = options;
  const text = (key: string, header: string, width: number): LociColumn => ({
    key,
    header,
    type: 'text',
    precision: 'display',
    width,
  });
  const number = (key: string, header: string, digits: number): LociColumn => ({
    key,
    header,
    type: 'number',
    digits,
    precision: 'display',
    width: Math.max(10, header.length + 2),
  });
  const columns: LociColumn[] = [
    text('code', REPORT_TEXT.code[lang], 15),
    text('name', REPORT_TEXT.village[lang], 24),
    text('kecamatan', REPORT_TEXT.kecamatan[lang], 20),
    ...t.years.flatMap((y) => [
      number(`rank:${y}`, `${REPORT_TEXT.rank[lang]} ${y}`, 0),
      text(`locus:${y}`, `${REPORT_TEXT.locus[lang]} ${y}`, 10),
      ...t.indicators.map((ind) =>
        number(`${ind.id}:${y}`, `${ind.label}${ind.unit ? ` (${ind.unit})` : ''} ${y}`, 2),
      ),
    ]),
    number('lociYears', lang === 'id' ? 'Tahun sebagai lokus' : 'Years as locus', 0),
    number('graduated', lang === 'id' ? 'Lulus tahun' : 'Graduated in', 0),
  ];
  const graduated = new Map(t.graduates.map((g) => [g.code, g.year]));
  const yes = REPORT_TEXT.yes[lang];
  const no = REPORT_TEXT.no_[lang];
  const rows = t.villages.map((v) => {
    const row: Record<string, string | number | null> = {
      code: v.code,
      name: v.name,
      kecamatan: v.kecamatanName || v.kecamatan,
    };
    for (const y of v.years) {
      row[`rank:${y.year}`] = y.rank;
      row[`locus:${y.year}`] = y.selected === null ? null : y.selected ? yes : no;
      for (const ind of t.indicators) row[`${ind.id}:${y.year}`] = roundTo(y.indicators[ind.id], 2);
    }
    row.lociYears = v.lociYears;
    row.graduated = graduated.get(v.code) ?? null;
    return row;
  });
  return { lang, columns, rows };
}
