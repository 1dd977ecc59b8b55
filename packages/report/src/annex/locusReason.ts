import { explainVillage, REASON_LABELS, type ScenarioResult } from '@lokus/core';
import { formatIndicatorValue } from '../format/formatIndicatorValue.ts';
import { villageReason } from '../table/villageReason.ts';

/**
 * Why a locus is in the annex, in one sentence a village head can read: the selection rule
 * (rank among the district's ranked villages, the kecamatan minimum quota, carried over from last
 * year, or forced in with the team's reason) and, unless forced in, the two indicators that lift
 * it most above the district average (core's `explainVillage` drivers) with their values.
 * O(m) per village (plus `explainVillage`).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * locusReason(result, 0, 'id'); // => 'Peringkat 1 dari 3; kebutuhan menonjol: KK desil 1 40 KK'
 */
export function locusReason(result: ScenarioResult, index: number, lang: 'id' | 'en'): string {
  const reason = result.stages?.selected.reason[index];
  if (reason === undefined) return '';
  const text = villageReason(result, index, { lang });
  if (reason === 'forced-include') return capitalise(text);
  const e = explainVillage(result, index, { top: 2, locale: lang });
  const rule =
    reason === 'rank' || reason === 'threshold'
      ? lang === 'id'
        ? `Peringkat ${e.rank} dari ${e.rankedCount}`
        : `Rank ${e.rank} of ${e.rankedCount}`
      : capitalise(REASON_LABELS[reason][lang]);
  const meta = new Map(result.scenario.indicators.map((ind) => [ind.id, ind]));
  const drivers = e.drivers
    .filter((d) => d.relative > 0)
    .map(
      (d) =>
        `${d.label[lang]} ${formatIndicatorValue(Number.isNaN(d.raw) ? null : d.raw, meta.get(d.id)!, lang)}`,
    );
  if (drivers.length === 0) return rule;
  return `${rule}; ${lang === 'id' ? 'kebutuhan menonjol' : 'highest need in'}: ${drivers.join(', ')}`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
