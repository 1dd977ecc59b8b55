import type { IndicatorMeta } from '@lokus/core';
import { indicatorDigits } from '../table/indicatorDigits.ts';
import { formatDecimal } from './formatDecimal.ts';

/**
 * An indicator's value for a sentence: rounded in its unit (see `indicatorDigits`), `%` and `‰`
 * written against the number, other units after a space, indices without a unit. O(1).
 *
 * @example
 * formatIndicatorValue(25.861, { id: 'p', label: { id: 'p', en: 'p' }, unit: '%', kind: 'rate', direction: 'higher-is-worse', denominator: 'kk' }, 'id'); // => '25,86%'
 * formatIndicatorValue(0.61604, { id: 'idm', label: { id: 'IDM', en: 'IDM' }, unit: 'indeks 0–1', kind: 'index', range: [0, 1], direction: 'higher-is-better' }, 'en'); // => '0.6160'
 */
export function formatIndicatorValue(
  value: number | null,
  indicator: IndicatorMeta,
  lang: 'id' | 'en',
): string {
  const text = formatDecimal(value, { lang, digits: indicatorDigits(indicator) });
  const unit = indicator.unit;
  if (value === null || !unit || /^(indeks|index)\b/i.test(unit)) return text;
  return unit === '%' || unit === '‰' ? `${text}${unit}` : `${text} ${unit}`;
}
