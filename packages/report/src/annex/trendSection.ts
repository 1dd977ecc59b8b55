import type { Trend } from '../trend/types.ts';
import type { AnnexLang, AnnexTrend, AnnexTrendVillage } from './types.ts';

/**
 * The annex's multi-year section from a trend: paragraphs (years covered, loci every year,
 * graduates, the target's progress), the chart series, the graduates with their reason, the
 * graduate rule, and the villages that were loci every year with their ranks. O(villages named).
 *
 * @example
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const names = ['Sukamaju', 'Sukamundur', 'Karanganyar'];
 * const year = (y, values) => runScenario(
 *   createTable(names.map((name, i) => ({ code: `33.21.01.200${i + 1}`, name, values: { d1: values[i] } }))).table,
 *   { name: 'Contoh', year: y, indicators: [d1], select: { mode: 'top-n', n: 1 } },
 * );
 * const records = [[40, 10, 25], [12, 10, 25], [12, 30, 8]].map((v, k) => toResultRecord(year(2025 + k, v)));
 * trendSection(trend(records), 'id').title; // => 'Perkembangan 2025–2027'
 */
export function trendSection(t: Trend, lang: AnnexLang): AnnexTrend {
  const id = lang === 'id';
  const first = t.years[0];
  const last = t.years.at(-1);
  const span = first === last ? String(first) : `${first}–${last}`;
  const place = (v: { kecamatanName: string; kecamatan: string }) => v.kecamatanName || v.kecamatan;
  const graduates: AnnexTrendVillage[] = t.graduates.map((g) => ({
    code: g.code,
    name: g.name,
    kecamatan: place(g),
    text: `${g.year}: ${g.change.text}`,
  }));
  const stayed: AnnexTrendVillage[] = t.stayed.map((s) => ({
    code: s.code,
    name: s.name,
    kecamatan: place(s),
    text: `${id ? 'peringkat' : 'rank'} ${s.ranks.map((r) => r ?? '–').join(', ')}`,
  }));
  const paragraphs = [
    id
      ? `${t.stayed.length} desa/kelurahan menjadi lokus setiap tahun ${span}; ${t.graduates.length} desa/kelurahan lulus karena kebutuhannya turun.`
      : `${t.stayed.length} villages were loci every year ${span}; ${t.graduates.length} graduated because their need fell.`,
    ...(t.target?.text ?? []),
  ];
  return {
    title: id ? `Perkembangan ${span}` : `Progress ${span}`,
    years: t.years,
    paragraphs,
    series: t.series.map((s) => ({ id: s.id, label: s.label, unit: s.unit, values: s.values })),
    chartTitle: t.target
      ? id
        ? `${t.target.label} per tahun`
        : `${t.target.label} per year`
      : id
        ? 'Jumlah lokus per tahun'
        : 'Loci per year',
    graduates,
    graduateRule: t.graduateRule,
    stayed,
  };
}
