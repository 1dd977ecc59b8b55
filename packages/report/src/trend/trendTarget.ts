import type { Label } from '@lokus/core';
import { formatDecimal } from '../format/formatDecimal.ts';
import type { ResultRecord } from '../record/types.ts';
import type { TrendTarget } from './types.ts';

/** Which district target to follow. */
export interface TargetSpec {
  /** Input column summed over the loci and the district, e.g. `miskin_ekstrem_jiwa`. */
  readonly column: string;
  readonly label?: Label;
  readonly unit?: string;
  /** Goal for the district sum (e.g. 0 persons in extreme poverty). */
  readonly goal?: number;
}

const sum = (
  xs: readonly (number | null | undefined)[],
): { total: number | null; missing: number } => {
  let total = 0;
  let missing = 0;
  let seen = 0;
  for (const x of xs) {
    if (typeof x === 'number') {
      total += x;
      seen++;
    } else missing++;
  }
  return { total: seen === 0 ? null : total, missing };
};

/**
 * The progress of a district target over the years: per year the sum of an input column over
 * that year's loci and over the whole district (villages missing the value are counted in
 * `missing`, never guessed), with sentences comparing the first and the last year and the goal.
 * O(years · n).
 *
 * @example
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const names = ['Sukamaju', 'Sukamundur', 'Karanganyar'];
 * const year = (y, values) => runScenario(
 *   createTable(names.map((name, i) => ({ code: `33.21.01.200${i + 1}`, name, values: { d1: values[i] } }))).table,
 *   { name: 'Contoh', year: y, indicators: [d1], select: { mode: 'top-n', n: 1 } },
 * );
 * const records = [[40, 10, 25], [12, 10, 25], [12, 30, 8]].map((v, k) => toResultRecord(year(2025 + k, v)));
 * trendTarget(records, { column: 'd1' }, 'id').inDistrict; // => [75, 47, 50]
 */
export function trendTarget(
  records: readonly ResultRecord[],
  spec: TargetSpec,
  lang: 'id' | 'en',
): TrendTarget {
  const inLoci: (number | null)[] = [];
  const inDistrict: (number | null)[] = [];
  const missing: number[] = [];
  for (const r of records) {
    const all = sum(r.villages.map((v) => v.values[spec.column]));
    inDistrict.push(all.total);
    missing.push(all.missing);
    inLoci.push(sum(r.villages.filter((v) => v.selected).map((v) => v.values[spec.column])).total);
  }
  const label = spec.label?.[lang] ?? spec.column;
  const unit = spec.unit ?? null;
  const goal = spec.goal ?? null;
  const first = records[0]?.year;
  const last = records.at(-1)?.year;
  const f = (x: number | null) =>
    `${formatDecimal(x, { lang, digits: 0 })}${unit ? ` ${unit}` : ''}`;
  const a = inDistrict[0] ?? null;
  const b = inDistrict.at(-1) ?? null;
  const text: string[] = [];
  if (a !== null && b !== null && records.length > 1) {
    const pct = a === 0 ? null : ((b - a) / a) * 100;
    const change =
      pct === null ? '' : ` (${pct <= 0 ? '' : '+'}${formatDecimal(pct, { lang, digits: 1 })}%)`;
    text.push(
      lang === 'id'
        ? `${label} di kabupaten: ${f(a)} pada ${first}, ${f(b)} pada ${last}${change}.`
        : `${label} in the district: ${f(a)} in ${first}, ${f(b)} in ${last}${change}.`,
    );
    const la = inLoci[0] ?? null;
    const lb = inLoci.at(-1) ?? null;
    text.push(
      lang === 'id'
        ? `Di lokus tiap tahun: ${f(la)} pada ${first}, ${f(lb)} pada ${last}.`
        : `In each year's loci: ${f(la)} in ${first}, ${f(lb)} in ${last}.`,
    );
  }
  if (goal !== null && b !== null)
    text.push(
      lang === 'id'
        ? `Target ${f(goal)}: ${b <= goal ? 'tercapai' : `masih ${f(b - goal)} lagi`}.`
        : `Goal ${f(goal)}: ${b <= goal ? 'reached' : `${f(b - goal)} to go`}.`,
    );
  return { column: spec.column, label, unit, inLoci, inDistrict, missing, goal, text };
}
